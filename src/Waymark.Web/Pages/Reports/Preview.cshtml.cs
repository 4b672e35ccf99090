using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;
using Waymark.Web.Accounts;
using Waymark.Web.Reports;

namespace Waymark.Web.Pages.Reports;

/// <summary>The report as it would be published today, inside the site's layout, with its downloads and, for those who may, its text to change.</summary>
public sealed class PreviewModel(WaymarkDb db, PdfPrinter printer) : ReportPage(db)
{
    public BoardReport? Report { get; private set; }

    public string Body { get; private set; } = string.Empty;

    public bool CanWrite { get; private set; }

    /// <summary>Each section an officer may write, with the text stored for it (placeholders unfilled), or null when generated.</summary>
    public IReadOnlyList<(string Section, string Name, string? Stored)> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await BuildAsync(cancellationToken);
        if (Report is null)
        {
            return Page();
        }

        // Whoever reads the preview may download the PDF next: the browser that prints it starts now, not then.
        printer.Start();
        Body = ReportHtml.Body(HtmlReportWriter.Write(Report));
        CanWrite = Permissions.CanWriteReports(User);
        int boardId = await Db.Boards.AsNoTracking().Where(b => b.Name == Report.Board).Select(b => b.Id).FirstAsync(cancellationToken);
        Periods.ReportingPeriod period = Periods.ReportingPeriod.Parse(Report.Period);
        var stored = await Db.ReportNarratives.AsNoTracking()
            .Where(n => n.BoardId == boardId && n.Period == period && n.IndicatorId == null)
            .OrderBy(n => n.Id).Select(n => new { n.Section, n.Text }).ToListAsync(cancellationToken);
        Sections = [.. NarrativeSectionNames.All.Select(s => (s.Section, s.Name, stored.LastOrDefault(n => n.Section == s.Section)?.Text is { } text && !string.IsNullOrWhiteSpace(text) ? text : null))];
        return Page();
    }
}
