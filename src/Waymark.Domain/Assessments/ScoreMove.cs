namespace Waymark.Assessments;

/// <summary>
/// What would move a block's score: if indicator <see cref="Code"/> reached <see cref="Needed"/> (from
/// <see cref="Current"/>) the block would score <see cref="ScoreAfter"/>; a value one unit short of
/// <see cref="Needed"/> would leave the score as it is.
/// </summary>
public sealed record ScoreMove(string Code, MoveDirection Direction, decimal Current, decimal Needed, ThresholdBand BandAfter, int ScoreAfter)
{
    /// <summary>How far the indicator would have to move, always positive.</summary>
    public decimal Gap => Math.Abs(Needed - Current);
}
