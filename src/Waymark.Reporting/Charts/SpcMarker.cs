using Waymark.Variation;

namespace Waymark.Reporting.Charts;

/// <summary>
/// One point of an XmR chart: where it is drawn, its period, what kind of point it is, the rules that flagged it (in
/// rule order; none for common cause) and their letters drawn beside it (<see cref="SpcChart.Letter"/>), so that the
/// reason reads without colour.
/// </summary>
public sealed record SpcMarker(ChartPoint At, string Period, SpcMark Mark, IReadOnlyList<SpecialCauseRule> Rules, ChartText? Label);
