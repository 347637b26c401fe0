namespace Intake.Pipeline.Reporting;

/// <summary>
/// The page's inline CSS. Long clause text, ids and URLs wrap anywhere and tables have a fixed
/// layout, so nothing is wider than the window; below 40rem the tables become stacked cards.
/// </summary>
internal static class ReportStyle
{
    public const string Css =
        "*{box-sizing:border-box}" +
        "body{font-family:system-ui,'Noto Sans CJK JP','IPAexGothic','IPAGothic','Hiragino Sans','Yu Gothic',sans-serif;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b;max-width:80rem;line-height:1.5;overflow-wrap:anywhere}" +
        "h1{font-size:1.6rem;margin:.2rem 0 .8rem}h2{font-size:1.25rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}" +
        ".summary{background:#f7f8fa;border:1px solid #dde1e6;border-radius:6px;padding:.6rem 1rem;margin-bottom:1.5rem}.summary h2{margin:.2rem 0}" +
        ".charts{display:flex;flex-wrap:wrap;gap:1rem 2.5rem}figure.chart{margin:.4rem 0;flex:1 1 18rem;max-width:28rem;min-width:0}figure.chart figcaption{font-weight:600;margin-bottom:.3rem}" +
        "figure.chart svg{display:block;width:100%;height:auto}svg .name{fill:#333}svg .count{fill:#1b1b1b;font-weight:700}svg .empty{fill:#555}" +
        "rect.sev-High{fill:#a40000}rect.sev-Medium{fill:#d07a00}rect.sev-Low{fill:#7a869a}rect.sev-Info{fill:#b8c2cc}rect.route{fill:#2f5d8a}" +
        ".counted,.note{font-size:.9em;color:#333}" +
        "table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}" +
        "th{background:#f3f3f3}.num{text-align:right}" +
        "table.findings th:nth-child(1),table.signals th:nth-child(1){width:6rem}table.findings th:nth-child(2){width:14rem}table.findings th:nth-child(3){width:12rem}" +
        "table.signals th:nth-child(2),table.signals th:nth-child(3),table.signals th:nth-child(4){width:10rem}" +
        "dl{display:grid;grid-template-columns:minmax(6rem,max-content) minmax(0,1fr);gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}" +
        "blockquote{margin:0 0 .4rem;padding:.3rem .6rem;border-left:3px solid #999;background:#fafafa;white-space:pre-wrap}" +
        "ul.labels{list-style:none;margin:0;padding:0}ul.labels li{margin-bottom:.3rem}div.label{margin:.3rem 0 .5rem}div.label+div.label{border-top:1px dashed #ccc;padding-top:.3rem}.label-name{margin:.2rem 0;font-weight:600}" +
        "table.possible{opacity:.85}h3.possible{color:#555}" +
        ".risk-High,.sev-High{color:#a40000;font-weight:700}.risk-Medium,.sev-Medium{color:#a35a00;font-weight:700}.risk-Low,.sev-Low{color:#555}" +
        ".status-Failed{color:#a40000}.status-Rejected,.status-NeedsOcr{color:#a35a00}.why,.todo,.route,.direction,.basis{margin:.2rem 0;font-size:.9em}section.document{border-top:2px solid #ddd;margin-top:1.5rem}" +
        "@media (max-width:40rem){body{margin:.8rem auto;padding:0 .6rem}table,thead,tbody,tr,th,td{display:block;width:auto!important}thead{display:none}tr{border:1px solid #ccc;margin-bottom:.8rem}td{border:0;border-bottom:1px solid #eee}dl{grid-template-columns:minmax(0,1fr)}dt{margin-top:.3rem}}";
}
