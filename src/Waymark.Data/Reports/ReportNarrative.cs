using Waymark.Periods;

namespace Waymark.Data.Reports;

/// <summary>
/// Officer-written text for one section of a board's report for a period (the executive summary, the conclusions,
/// the front sheet's originator), or, with an indicator, the explanation of a highlighted indicator. Figures are
/// never typed here: the report fills them in from the store.
/// </summary>
public sealed class ReportNarrative
{
    public int Id { get; set; }

    public int BoardId { get; set; }

    public ReportingPeriod Period { get; set; }

    /// <summary>The section's name, such as <c>executive_summary</c> or <c>highlight</c>.</summary>
    public required string Section { get; set; }

    /// <summary>The indicator a <c>highlight</c> is about; none for other sections.</summary>
    public int? IndicatorId { get; set; }

    public required string Text { get; set; }

    public required string WrittenBy { get; set; }

    public DateTimeOffset WrittenAt { get; set; }
}
