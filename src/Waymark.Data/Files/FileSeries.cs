using Waymark.Targets;

namespace Waymark.Data.Files;

/// <summary>
/// Reads one indicator's series from a set of indicator, result and target files without a database: every file
/// is checked whole, as for <see cref="FileEvaluation"/>, but only the chosen indicator's results and targets are kept.
/// </summary>
public static class FileSeries
{
    /// <summary>
    /// The series of the indicator whose code is <paramref name="code"/> (without regard to case), or null when the
    /// files have problems (recorded in <paramref name="problems"/>) or, when they have none, no such indicator.
    /// </summary>
    /// <param name="indicators">The indicators file and the name to report problems against.</param>
    /// <param name="results">The results file and its name.</param>
    /// <param name="targets">The targets file and its name, if there is one.</param>
    /// <param name="code">The indicator's code.</param>
    /// <param name="problems">Where problems are recorded.</param>
    public static IndicatorSeries? Read(
        (TextReader Text, string Name) indicators,
        (TextReader Text, string Name) results,
        (TextReader Text, string Name)? targets,
        string code,
        FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(code);
        var set = new IndicatorSet(IndicatorFile.Read(indicators.Text, indicators.Name, problems));
        int index = set.IndexOf(code.Trim());
        TargetSchedule[] schedules = targets is { } t ? TargetFile.Read(t.Text, t.Name, set, problems) : [];
        var rows = new List<ResultRow>();
        ResultFile.Read(results.Text, results.Name, set, problems, (i, _) => i == index, row =>
        {
            if (row.Group is null)
            {
                rows.Add(row);
            }
        });
        if (problems.Any || index < 0)
        {
            return null;
        }

        rows.Sort((a, b) => a.Period.CompareTo(b.Period));
        return new IndicatorSeries(
            set.All[index],
            [.. rows.Select(r => (r.Period, r.Result))],
            schedules.Length > 0 ? schedules[index] : TargetSchedule.Empty);
    }
}
