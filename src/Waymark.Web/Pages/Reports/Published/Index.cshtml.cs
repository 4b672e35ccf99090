using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.Store;
using Waymark.Web.Reports;

namespace Waymark.Web.Pages.Reports.Published;

/// <summary>Every published report, for anyone to read: when it was published and the hash of each file.</summary>
public sealed class IndexModel(WaymarkDb db) : PageModel
{
    public IReadOnlyList<Publication> Publications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Publications = await Publication.AllAsync(db, cancellationToken);
}
