namespace Waymark.Data.Assessments;

/// <summary>
/// An indicator of a block with its thresholds (read by the indicator's polarity), which band a value on a
/// threshold falls in (<c>better</c> or <c>worse</c>), and the points of each band.
/// </summary>
public sealed class AssessmentThreshold
{
    public int Id { get; set; }

    public int BlockId { get; set; }

    public int Position { get; set; }

    public int IndicatorId { get; set; }

    public decimal LowerThreshold { get; set; }

    public decimal UpperThreshold { get; set; }

    public required string AtThreshold { get; set; }

    public int PointsBottom { get; set; }

    public int PointsMiddle { get; set; }

    public int PointsTop { get; set; }
}
