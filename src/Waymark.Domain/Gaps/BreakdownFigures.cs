namespace Waymark.Gaps;

/// <summary>
/// A dimension's figures by group code for one area and England, in a period and the period one year earlier.
/// A group not in a dictionary has no figure (<see cref="GroupFigure.Missing"/>).
/// </summary>
public sealed record BreakdownFigures(
    IReadOnlyDictionary<string, GroupFigure> Area,
    IReadOnlyDictionary<string, GroupFigure> PreviousArea,
    IReadOnlyDictionary<string, GroupFigure> England,
    IReadOnlyDictionary<string, GroupFigure> PreviousEngland)
{
    /// <summary>The figure of <paramref name="group"/> in <paramref name="figures"/>, missing when it has none.</summary>
    public static GroupFigure Of(IReadOnlyDictionary<string, GroupFigure> figures, string group)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.TryGetValue(group, out GroupFigure figure) ? figure : GroupFigure.Missing;
    }
}
