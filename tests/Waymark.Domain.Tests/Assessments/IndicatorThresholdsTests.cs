using Waymark.Assessments;
using Waymark.Indicators;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Assessments;

public class IndicatorThresholdsTests
{
    [Theory]
    // Higher is better: lower threshold 60, upper 75, a value on a threshold reaches it.
    [InlineData(Polarity.Higher, ThresholdBoundary.BetterBand, "59.9", ThresholdBand.Bottom)]
    [InlineData(Polarity.Higher, ThresholdBoundary.BetterBand, "60", ThresholdBand.Middle)]
    [InlineData(Polarity.Higher, ThresholdBoundary.BetterBand, "74.9", ThresholdBand.Middle)]
    [InlineData(Polarity.Higher, ThresholdBoundary.BetterBand, "75", ThresholdBand.Top)]
    // Higher is better, a value on a threshold has not passed it.
    [InlineData(Polarity.Higher, ThresholdBoundary.WorseBand, "60", ThresholdBand.Bottom)]
    [InlineData(Polarity.Higher, ThresholdBoundary.WorseBand, "60.1", ThresholdBand.Middle)]
    [InlineData(Polarity.Higher, ThresholdBoundary.WorseBand, "75", ThresholdBand.Middle)]
    [InlineData(Polarity.Higher, ThresholdBoundary.WorseBand, "75.1", ThresholdBand.Top)]
    public void Band_HigherIsBetter_FallsByTheBoundaryRule(Polarity polarity, ThresholdBoundary boundary, string value, ThresholdBand expected)
    {
        IndicatorThresholds thresholds = IndicatorThresholds.Create(polarity, 60m, 75m, boundary);

        Assert.Equal(expected, thresholds.Band(Dec(value)));
    }

    [Theory]
    // Lower is better: lower threshold 12, upper (better) threshold 8.
    [InlineData(ThresholdBoundary.BetterBand, "12.1", ThresholdBand.Bottom)]
    [InlineData(ThresholdBoundary.BetterBand, "12", ThresholdBand.Middle)]
    [InlineData(ThresholdBoundary.BetterBand, "8.1", ThresholdBand.Middle)]
    [InlineData(ThresholdBoundary.BetterBand, "8", ThresholdBand.Top)]
    [InlineData(ThresholdBoundary.WorseBand, "12", ThresholdBand.Bottom)]
    [InlineData(ThresholdBoundary.WorseBand, "11.9", ThresholdBand.Middle)]
    [InlineData(ThresholdBoundary.WorseBand, "8", ThresholdBand.Middle)]
    [InlineData(ThresholdBoundary.WorseBand, "7.9", ThresholdBand.Top)]
    public void Band_LowerIsBetter_FallsByTheBoundaryRule(ThresholdBoundary boundary, string value, ThresholdBand expected)
    {
        IndicatorThresholds thresholds = IndicatorThresholds.Create(Polarity.Lower, 12m, 8m, boundary);

        Assert.Equal(expected, thresholds.Band(Dec(value)));
    }

    [Theory]
    [InlineData(Polarity.Higher, "75", "60", "the upper threshold 60 is below the lower threshold 75, but higher is better")]
    [InlineData(Polarity.Lower, "8", "12", "the upper threshold 12 is above the lower threshold 8, but lower is better")]
    [InlineData(Polarity.None, "8", "12", "an indicator without polarity cannot be banded")]
    public void TryCreate_ThresholdsTheWrongWayRound_SaysWhy(Polarity polarity, string lower, string upper, string problem)
    {
        bool created = IndicatorThresholds.TryCreate(polarity, Dec(lower), Dec(upper), ThresholdBoundary.BetterBand, out IndicatorThresholds? thresholds, out string? message);

        Assert.False(created);
        Assert.Null(thresholds);
        Assert.Equal(problem, message);
    }

    [Fact]
    public void Band_EqualThresholds_HasNoMiddleBand()
    {
        IndicatorThresholds thresholds = IndicatorThresholds.Create(Polarity.Higher, 50m, 50m);

        Assert.Equal(ThresholdBand.Bottom, thresholds.Band(49.9m));
        Assert.Equal(ThresholdBand.Top, thresholds.Band(50m));
    }
}
