using Waymark.Indicators;

namespace Waymark.Assessments;

/// <summary>
/// An indicator's two thresholds, read by its polarity: when higher is better the upper threshold is the larger
/// number; when lower is better the upper threshold (the better one) is the smaller number. A value exactly on a
/// threshold falls in the band <see cref="Boundary"/> says.
/// </summary>
public sealed record IndicatorThresholds
{
    private IndicatorThresholds(Polarity polarity, decimal lower, decimal upper, ThresholdBoundary boundary)
    {
        Polarity = polarity;
        Lower = lower;
        Upper = upper;
        Boundary = boundary;
    }

    /// <summary>Which way is better: <see cref="Polarity.Higher"/> or <see cref="Polarity.Lower"/>.</summary>
    public Polarity Polarity { get; }

    /// <summary>The threshold a value must reach to leave the bottom band.</summary>
    public decimal Lower { get; }

    /// <summary>The threshold a value must reach to enter the top band.</summary>
    public decimal Upper { get; }

    /// <summary>Which band a value exactly on a threshold falls in.</summary>
    public ThresholdBoundary Boundary { get; }

    /// <summary>
    /// The thresholds, or the reason they cannot be: an indicator without polarity cannot be banded, and the upper
    /// threshold may not be worse than the lower one.
    /// </summary>
    public static bool TryCreate(Polarity polarity, decimal lower, decimal upper, ThresholdBoundary boundary, out IndicatorThresholds? thresholds, out string? problem)
    {
        thresholds = null;
        problem = polarity switch
        {
            Polarity.None => "an indicator without polarity cannot be banded",
            Polarity.Higher when upper < lower => $"the upper threshold {upper} is below the lower threshold {lower}, but higher is better",
            Polarity.Lower when upper > lower => $"the upper threshold {upper} is above the lower threshold {lower}, but lower is better",
            _ => null,
        };
        if (problem is null)
        {
            thresholds = new IndicatorThresholds(polarity, lower, upper, boundary);
        }

        return problem is null;
    }

    /// <summary>The thresholds; throws when <see cref="TryCreate"/> would refuse them.</summary>
    public static IndicatorThresholds Create(Polarity polarity, decimal lower, decimal upper, ThresholdBoundary boundary = ThresholdBoundary.BetterBand) =>
        TryCreate(polarity, lower, upper, boundary, out IndicatorThresholds? thresholds, out string? problem)
            ? thresholds!
            : throw new ArgumentException(problem);

    /// <summary>The threshold a value must reach to enter <paramref name="band"/> from the band below.</summary>
    public decimal ThresholdOf(ThresholdBand band) => band switch
    {
        ThresholdBand.Middle => Lower,
        ThresholdBand.Top => Upper,
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "The bottom band has no threshold."),
    };

    /// <summary>The band <paramref name="value"/> falls in.</summary>
    public ThresholdBand Band(decimal value) =>
        Reaches(value, Upper) ? ThresholdBand.Top : Reaches(value, Lower) ? ThresholdBand.Middle : ThresholdBand.Bottom;

    /// <summary>Whether <paramref name="value"/> has reached <paramref name="threshold"/> in the better direction.</summary>
    private bool Reaches(decimal value, decimal threshold)
    {
        int better = Polarity == Polarity.Higher ? value.CompareTo(threshold) : threshold.CompareTo(value);
        return Boundary == ThresholdBoundary.BetterBand ? better >= 0 : better > 0;
    }
}
