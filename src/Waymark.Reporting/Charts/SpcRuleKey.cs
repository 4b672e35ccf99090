using Waymark.Variation;

namespace Waymark.Reporting.Charts;

/// <summary>One entry of an XmR chart's key of rules: a rule's letter, as drawn beside the points it flagged, and its name.</summary>
public sealed record SpcRuleKey(SpecialCauseRule Rule, ChartText Letter, ChartText Label);
