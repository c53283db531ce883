S, N, A = "satisfactory", "not-satisfactory", "not-applicable"
KEYS = ["costs","benefits","harms","evidence-quality","disease-mongering","funding","alternatives","availability","novelty","sensational-language"]
V = {
 "ms-hsct-clinic-landing.html":      [S,N,N,N,S,N,N,S,N,N],
 "ms-msc-clinic-renew.md":           [S,N,N,N,S,N,N,N,N,N],
 "ms-ahsct-news-careful.md":         [S,S,S,S,S,S,S,S,S,S],
 "natalizumab-pml-leaflet.txt":      [A,S,S,S,S,S,S,S,A,S],
 "ms-hsct-blog-two-years.md":        [N,N,N,N,S,N,N,S,N,N],
 "ms-types-magazine.md":             [A,N,N,N,S,N,A,A,A,S],
 "ms-stemcell-myths-faq.html":       [S,S,S,S,S,S,S,S,S,S],
 "ms-mouse-press-release.md":        [N,N,N,N,S,N,N,S,N,N],
 "ms-natalizumab-switch-news.md":    [S,N,N,N,S,S,S,S,A,S],
 "knee-stemcell-clinic.html":        [S,N,N,N,S,N,N,N,N,N],
 "knee-prp-advertorial.md":          [S,N,N,N,S,N,N,N,S,N],
 "knee-injections-feature-careful.md":[S,S,S,S,S,S,S,S,S,S],
 "knee-cordblood-forum.txt":         [S,N,S,S,S,N,S,S,A,N],
 "cancer-blood-test-news.md":        [S,N,N,N,N,N,N,S,N,N],
 "heart-balloon-press-release.md":   [N,N,N,N,S,N,N,S,N,N],
 "diabetes-remission-leaflet.txt":   [A,S,S,S,S,S,S,S,A,S],
 "joint-supplement-advertorial.html":[N,N,N,N,S,N,N,S,N,N],
 "shingles-vaccine-faq.md":          [S,S,S,S,S,S,S,S,A,S],
 "anxiety-app-blog.md":              [S,N,N,N,S,N,N,S,A,N],
 "ra-jak-inhibitor-news.txt":        [S,S,S,S,S,S,S,S,S,S],
}
out = ["# Per-article verdicts on the ten HealthNewsReview criteria, as a careful reviewer would give them.",
       "# disease-mongering / sensational-language: \"satisfactory\" means the article does NOT commit it.",
       "# funding: independent sources used and conflicts / funding disclosed.", ""]
for name, vals in V.items():
    assert len(vals) == 10
    out.append(f'[articles."{name}"]')
    for k, v in zip(KEYS, vals):
        out.append(f'{k} = "{v}"')
    out.append("")
open("/work/blind/criteria.toml","w").write("\n".join(out))
