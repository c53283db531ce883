/* Runs first: records script errors, failed loads and anything the page's security policy
   blocked, so the #selftest verdict (report.js) can report them. */
(function () {
  "use strict";
  var errors = window.__mslintErrors = [];
  window.addEventListener("error", function (event) {
    if (event.message) {
      errors.push(event.message + (event.filename ? " (" + event.filename + ":" + event.lineno + ")" : ""));
    } else {
      errors.push("failed to load: " + (event.target && (event.target.src || event.target.href || event.target.tagName)));
    }
  }, true);
  window.addEventListener("unhandledrejection", function (event) {
    errors.push("unhandled rejection: " + event.reason);
  });
  document.addEventListener("securitypolicyviolation", function (event) {
    errors.push("blocked by the page's policy: " + event.violatedDirective + " " + event.blockedURI);
  });
})();
