using Waymark.Data.Store;

namespace Waymark.Web.Pages.Reports;

/// <summary>Choosing a board's report: board, period, and what it holds when not what the reporting cycle gives.</summary>
public sealed class IndexModel(WaymarkDb db) : ReportPage(db)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadChoicesAsync(cancellationToken);
}
