using Waymark.Data.Assessments;
using Waymark.Periods;

namespace Waymark.Web.Performance;

/// <summary>The results an assessment reads when no period is chosen, for the assessments page and the API alike.</summary>
public static class AssessmentPeriods
{
    /// <summary>The quarters among <paramref name="withResults"/> (newest first), newest first.</summary>
    public static List<ReportingPeriod> Quarters(IEnumerable<ReportingPeriod> withResults) => [.. withResults.Where(p => p.Quarter is not null)];

    /// <summary>The latest of <paramref name="quarters"/> (newest first) within the framework's year, else the latest; none when there are none.</summary>
    public static ReportingPeriod? Default(AssessmentFrameworkVersion framework, IReadOnlyList<ReportingPeriod> quarters)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(quarters);
        return quarters.Where(p => p.Start >= framework.Period.Start && p.End <= framework.Period.End).Cast<ReportingPeriod?>().FirstOrDefault()
            ?? quarters.Cast<ReportingPeriod?>().FirstOrDefault();
    }
}
