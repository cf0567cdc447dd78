extension ReportPage {
  /// The page's inline style sheet: one column, readable from 320 px wide; contrast ≥ 4.5:1.
  static let style = """
    *{box-sizing:border-box}\
    body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
    color:#1b1b1b;background:#fff}\
    main{max-width:60rem;margin:0 auto;padding:.75rem}\
    h1{font-size:1.45rem;line-height:1.25;margin:.5rem 0}\
    h2{font-size:1.2rem;line-height:1.3;margin:2rem 0 .5rem;border-bottom:2px solid #1f4e8c}\
    h3{font-size:1.05rem;margin:1.2rem 0 .3rem}\
    ul.summary li{margin:.25rem 0}\
    ul.companies{columns:2 9rem;padding-left:1.2rem}\
    figure{margin:0}\
    svg.map{display:block;width:100%;max-width:100%;height:auto;background:#d9e8f3;\
    border-radius:4px}\
    .commune{fill:#f4f2e9;stroke:#5b675b;stroke-width:1.2;fill-rule:evenodd}\
    .flow{fill:none;stroke:#1f4e8c;stroke-opacity:.72;stroke-linecap:round}\
    .arrowhead{fill:#1f4e8c}\
    .labels text{font-weight:600;fill:#1b1b1b;text-anchor:middle;\
    dominant-baseline:middle;paint-order:stroke;stroke:#fff;stroke-width:5px;\
    stroke-linejoin:round}\
    .place circle,.marker{fill:#b3261e;stroke:#fff;stroke-width:3}\
    .place text{fill:#fff;font-size:22px;font-weight:700;text-anchor:middle;\
    dominant-baseline:central}\
    figcaption{font-size:.9rem;color:#444;margin:.4rem 0}\
    .legend{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;\
    gap:.2rem 1rem;font-size:.9rem}\
    .legend li{display:flex;align-items:center;gap:.4rem}\
    .table-wrap{overflow-x:auto;margin:1rem 0}\
    .table-wrap:focus{outline:2px solid #1f4e8c}\
    table{border-collapse:collapse;width:100%;font-size:.9rem}\
    caption{text-align:left;font-weight:600;padding:.3rem 0}\
    th,td{padding:.35rem .45rem;border-bottom:1px solid #c8c8c8;text-align:left;\
    vertical-align:top}\
    thead th{border-bottom:2px solid #555;vertical-align:bottom}\
    tbody th{font-weight:400}\
    .num{text-align:right;white-space:nowrap}\
    tfoot th,tfoot td{font-weight:700;border-top:2px solid #555}\
    svg.bar{display:block;width:5.5rem;height:.75rem;margin:.15rem 0 0 auto}\
    svg.bar rect{fill:#9bb8db}\
    svg.bar path{stroke:#1b1b1b;stroke-width:1.5;fill:none}\
    footer{margin-top:2rem;font-size:.85rem;color:#444;border-top:1px solid #c8c8c8}\
    .labels text{font-size:17px}\
    @media (max-width:40rem){\
    .labels text{font-size:26px}\
    thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}\
    table,tbody,tfoot,tr,caption{display:block}\
    tr{border-bottom:1px solid #c8c8c8;padding:.35rem 0}\
    tfoot tr{border-top:2px solid #555;border-bottom:0}\
    th[scope=row]{display:block;border:0;padding:.15rem 0;font-weight:600}\
    td{display:grid;grid-template-columns:1fr auto;column-gap:1rem;border:0;padding:.1rem 0;\
    text-align:right}\
    td::before{content:attr(data-label);text-align:left;color:#444;font-weight:400;\
    white-space:normal}\
    td:empty{display:none}\
    td svg.bar{grid-column:2}\
    td:not(.num){text-align:right}}
    """
}
