using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Assessments;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Assessments;

/// <summary>
/// An assessment framework's scores worked out from the indicators: each block's score and predicted score, whether
/// it is provisional and why, its indicators with their bands, and what would move it; then the overall category.
/// The framework and the period of the results are chosen on the page.
/// </summary>
public sealed class IndexModel(WaymarkDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Framework { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public IReadOnlyList<AssessmentFrameworkVersion> Frameworks { get; private set; } = [];

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public string? FrameworkError { get; private set; }

    public string? PeriodError { get; private set; }

    public StoredAssessment? Shown { get; private set; }

    /// <summary>Each assessed indicator's title, by code.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; private set; } = new Dictionary<string, string>();

    /// <summary>The value a framework version is chosen by: its name and version, such as <c>CPA 2007</c>.</summary>
    public static string Choice(AssessmentFrameworkVersion framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return $"{framework.Name} {framework.Version}";
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Frameworks = await StoredAssessments.AllAsync(db, cancellationToken);
        List<ReportingPeriod> withResults = await Evaluations.ResultPeriodsAsync(db, cancellationToken);
        Periods = AssessmentPeriods.Quarters(withResults);
        if (Frameworks.Count == 0)
        {
            return;
        }

        AssessmentFrameworkVersion? framework = null;
        if (!string.IsNullOrWhiteSpace(Framework))
        {
            framework = await StoredAssessments.FindAsync(db, Framework.Trim(), cancellationToken);
            if (framework is null)
            {
                FrameworkError = $"'{Framework.Trim()}' is not a stored framework: choose one of {string.Join(", ", Frameworks.Select(Choice).Distinct())}";
            }
        }

        framework ??= await StoredAssessments.FindAsync(db, null, cancellationToken)
            ?? await StoredAssessments.FindAsync(db, Choice(Frameworks[0]), cancellationToken);
        if (framework is null)
        {
            return;
        }

        ReportingPeriod? period = null;
        if (!string.IsNullOrWhiteSpace(Period))
        {
            if (ReportingPeriod.TryParse(Period, out ReportingPeriod chosen, out string? error))
            {
                period = chosen;
            }
            else
            {
                PeriodError = error;
            }
        }

        // With no period chosen: the latest quarter with results in the framework's year, else the latest quarter.
        period ??= AssessmentPeriods.Default(framework, Periods);
        if (period is not { } shown)
        {
            return;
        }

        Shown = await StoredAssessments.AssessAsync(db, framework, shown, cancellationToken);
        List<string> codes = [.. Shown.Assessment.Blocks.SelectMany(b => b.Indicators).Select(i => i.Code).Distinct()];
        Titles = (await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(cancellationToken)).ToDictionary(i => i.Code, i => i.Definition.Title);
    }
}
