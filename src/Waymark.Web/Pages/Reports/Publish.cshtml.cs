using Microsoft.AspNetCore.Mvc;

using Waymark.Data.Reports;
using Waymark.Data.Store;
using Waymark.Reporting.Content;
using Waymark.Reporting.Publishing;
using Waymark.Reporting.Writers;
using Waymark.Web.Reports;

namespace Waymark.Web.Pages.Reports;

/// <summary>
/// Publishing freezes the report in every format at once, each file with its SHA-256 hash: what was published is
/// given out unchanged afterwards, whatever happens to the figures.
/// </summary>
public sealed class PublishModel(WaymarkDb db, TimeProvider clock, PdfPrinter printer) : ReportPage(db)
{
    public BoardReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await BuildAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Report = await BuildAsync(cancellationToken);
        if (Report is null)
        {
            return Page();
        }

        var files = new List<(ReportFormat Format, byte[] Content)>();
        foreach (string code in ReportWriter.Codes)
        {
            ReportFormat format = ReportWriter.Parse(code);
            files.Add((format, await ReportWriter.RenderAsync(Report, format, printer, cancellationToken)));
        }

        var moment = new PublishingClock(clock.GetUtcNow());
        int first = 0;
        await using (var transaction = await Db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach ((ReportFormat format, byte[] content) in files)
            {
                PublishedReport stored = await ReportPublisher.PublishAsync(Db, Report, format, content, moment, cancellationToken);
                first = first == 0 ? stored.Id : first;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return RedirectToPage("/Reports/Published/Report", new { id = first });
    }
}
