namespace Waymark.Data.Measures;

/// <summary>An indicator relevant to a scrutiny board (it appears in the board's report).</summary>
public sealed class IndicatorBoard
{
    public int IndicatorId { get; set; }

    public int BoardId { get; set; }
}
