namespace ProDevBot.Web.Html;

/// <summary>One small stylesheet inline in each page: readable on a phone, dark text on white (contrast above 7:1).</summary>
internal static class Stylesheet
{
    public const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.45}
        header,footer{background:#f2f4f7;padding:.6rem 1rem}
        header nav a{margin-right:1rem;font-weight:600}
        caption{text-align:left;padding:.3rem 0}
        main{padding:1rem;max-width:70rem;margin:0 auto}
        a{color:#0b4fb3}
        a:focus,button:focus{outline:3px solid #1a1a1a;outline-offset:2px}
        h1{font-size:1.5rem;margin:.2rem 0 1rem}
        h2{font-size:1.2rem;margin-top:1.6rem}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%}
        th,td{border-bottom:1px solid #c8ccd2;padding:.4rem .5rem;text-align:left;vertical-align:top}
        th a{color:#1a1a1a}
        tr.at-risk{background:#fff1d6}
        .risk{color:#7a3a00;font-weight:600}
        .muted{color:#4a4f57}
        .slack{border:1px solid #c8ccd2;border-radius:6px;padding:.6rem .8rem;margin:.6rem 0;max-width:44rem}
        .slack .context{color:#4a4f57;font-size:.9rem}
        .slack .button{display:inline-block;border:1px solid #8a9099;border-radius:4px;padding:.1rem .6rem;font-weight:600}
        .slack ul.checks{list-style:none;padding-left:0}
        .skipped{color:#7a3a00;font-weight:600}
        img{max-width:100%;height:auto}
        button{font:inherit;padding:.3rem .8rem}
        """;
}
