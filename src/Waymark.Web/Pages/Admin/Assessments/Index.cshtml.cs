using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Assessments;
using Waymark.Data.Measures;
using Waymark.Data.Store;

namespace Waymark.Web.Pages.Admin.Assessments;

/// <summary>Every stored assessment framework version as data: its blocks, their steps, indicators with thresholds and points, and its category rules.</summary>
public sealed class IndexModel(WaymarkDb db) : PageModel
{
    public IReadOnlyList<AssessmentFrameworkVersion> Frameworks { get; private set; } = [];

    public IReadOnlyDictionary<int, Indicator> Indicators { get; private set; } = new Dictionary<int, Indicator>();

    /// <summary>The indicator whose thresholds were just saved, to say so.</summary>
    public string? Saved { get; private set; }

    public async Task OnGetAsync(string? saved, CancellationToken cancellationToken)
    {
        List<AssessmentFrameworkVersion> all = await db.AssessmentFrameworks.AsNoTracking()
            .Include(f => f.Blocks).ThenInclude(b => b.Steps)
            .Include(f => f.Blocks).ThenInclude(b => b.Indicators)
            .Include(f => f.CategoryRules)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        Frameworks = [.. all.OrderByDescending(f => f.IsCurrent).ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenByDescending(f => f.Period.Start)];
        List<int> ids = [.. all.SelectMany(f => f.Blocks).SelectMany(b => b.Indicators).Select(t => t.IndicatorId).Distinct()];
        Indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        Saved = saved;
    }
}
