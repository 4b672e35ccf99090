using Waymark.Evaluation;
using Waymark.Periods;
using Waymark.Results;
using Waymark.Targets;

namespace Waymark.Data.Files;

/// <summary>
/// Evaluates a set of indicator, result and target files for one period without a database: reads the
/// indicators and targets whole (they are small), streams the results keeping only the rows for the period and
/// the same period a year earlier, and applies the domain rules to every indicator.
/// </summary>
public static class FileEvaluation
{
    /// <summary>
    /// One evaluation per indicator in file order, or the problems found in the files (then no evaluation at all:
    /// a figure computed from a file with errors in it is not to be trusted).
    /// </summary>
    /// <param name="indicators">The indicators file and the name to report problems against.</param>
    /// <param name="results">The results file and its name.</param>
    /// <param name="targets">The targets file and its name, if there is one.</param>
    /// <param name="period">The period to evaluate.</param>
    /// <param name="problems">Where problems are recorded.</param>
    public static IReadOnlyList<IndicatorEvaluation> Evaluate(
        (TextReader Text, string Name) indicators,
        (TextReader Text, string Name) results,
        (TextReader Text, string Name)? targets,
        ReportingPeriod period,
        FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var set = new IndicatorSet(IndicatorFile.Read(indicators.Text, indicators.Name, problems));
        TargetSchedule[] schedules = targets is { } t
            ? TargetFile.Read(t.Text, t.Name, set, problems)
            : [.. set.All.Select(_ => TargetSchedule.Empty)];

        ReportingPeriod yearEarlier = period.YearEarlier();
        var current = new IndicatorResult?[set.All.Count];
        var previous = new IndicatorResult?[set.All.Count];
        ResultFile.Read(
            results.Text,
            results.Name,
            set,
            problems,
            (_, p) => p == period || p == yearEarlier,
            row =>
            {
                if (row.Group is null)
                {
                    (row.Period == period ? current : previous)[row.Indicator] = row.Result;
                }
            });

        if (problems.Any)
        {
            return [];
        }

        var evaluations = new IndicatorEvaluation[set.All.Count];
        for (int i = 0; i < evaluations.Length; i++)
        {
            evaluations[i] = Evaluator.Evaluate(set.All[i], period, current[i], previous[i], schedules[i]);
        }

        return evaluations;
    }
}
