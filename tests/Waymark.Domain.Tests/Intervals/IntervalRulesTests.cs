using Waymark.Indicators;
using Waymark.Intervals;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Intervals;

public class IntervalRulesTests
{
    // Newcombe RG, "Two-sided confidence intervals for the single proportion: comparison of seven methods",
    // Statistics in Medicine 17 (1998) 857-872, Table II, method 3 (the Wilson score interval without continuity
    // correction), the method Public Health England's "Technical Guide: Confidence intervals" (2018) prescribes.
    [Theory]
    [InlineData(81, 263, "25.53", "36.62")]
    [InlineData(15, 148, "6.24", "16.05")]
    [InlineData(0, 20, "0.00", "16.11")]
    [InlineData(1, 29, "0.61", "17.18")]
    public void Wilson_NewcombesWorkedExamples_Match(int observed, int total, string lower, string upper)
    {
        Assert.True(IntervalRules.TryCalculate(Unit.Percent, observed, total, ConfidenceLevel.Percent95, out ConfidenceInterval interval, out _));

        Assert.Equal(IntervalMethod.WilsonScore, interval.Method);
        Assert.Equal(Dec(lower), Math.Round(interval.Lower, 2));
        Assert.Equal(Dec(upper), Math.Round(interval.Upper, 2));
    }

    [Fact]
    public void Wilson_NoneObserved_LowerIsExactlyZero()
    {
        ConfidenceInterval interval = IntervalRules.Wilson(0m, 40m, ConfidenceLevel.Percent99Point8);

        Assert.Equal(0m, interval.Lower);
        Assert.Equal(0m, interval.Value);
        Assert.True(interval.Upper > 0m);
    }

    // With O = n, (2n + z² - z·z) / 2(n + z²) = n / (n + z²): 10 / (10 + 1.959964²) = 72.25%.
    [Theory]
    [InlineData(ConfidenceLevel.Percent95, "72.25")]
    [InlineData(ConfidenceLevel.Percent99Point8, "51.15")]
    public void Wilson_NumeratorEqualsDenominator_UpperIsExactly100(ConfidenceLevel level, string lower)
    {
        Assert.True(IntervalRules.TryCalculate(Unit.Percent, 10m, 10m, level, out ConfidenceInterval interval, out _));

        Assert.Equal(100m, interval.Value);
        Assert.Equal(100m, interval.Upper);
        Assert.Equal(Dec(lower), Math.Round(interval.Lower, 2));
    }

    [Theory]
    [InlineData(ConfidenceLevel.Percent95, "1.959964")]
    [InlineData(ConfidenceLevel.Percent99Point8, "3.090232")]
    public void Z_IsTheStandardNormalQuantile(ConfidenceLevel level, string z)
    {
        Assert.Equal(Dec(z), Math.Round((decimal)IntervalRules.Z(level), 6));
    }

    // Exact limits for 0 to 9 events: chi-squared with 2 degrees of freedom has the closed form -2 ln(1 - p), so for
    // O = 0 the upper limit is -ln(α/2) (3.689 at 95%, as epitools' pois.exact documents; 6.908 at 99.8%) and for
    // O = 1 the lower limit is -ln(1 - α/2). For 9 events the tables of exact Poisson limits (Documenta Geigy) give
    // 4.115 to 17.08; for 10 they give 4.795 to 18.39, which Byar's method approaches with 4.787 to 18.391.
    [Theory]
    [InlineData(0, ConfidenceLevel.Percent95, "0", "3.689", IntervalMethod.ExactPoisson)]
    [InlineData(0, ConfidenceLevel.Percent99Point8, "0", "6.908", IntervalMethod.ExactPoisson)]
    [InlineData(1, ConfidenceLevel.Percent95, "0.025", "5.572", IntervalMethod.ExactPoisson)]
    [InlineData(1, ConfidenceLevel.Percent99Point8, "0.001", "9.233", IntervalMethod.ExactPoisson)]
    [InlineData(9, ConfidenceLevel.Percent95, "4.115", "17.085", IntervalMethod.ExactPoisson)]
    [InlineData(10, ConfidenceLevel.Percent95, "4.787", "18.391", IntervalMethod.Byar)]
    public void Poisson_Counts_UseExactLimitsUnder10AndByarFrom10(int count, ConfidenceLevel level, string lower, string upper, IntervalMethod method)
    {
        Assert.True(IntervalRules.TryCalculate(Unit.Number, count, 1m, level, out ConfidenceInterval interval, out _));

        Assert.Equal(method, interval.Method);
        Assert.Equal(Dec(lower), Math.Round(interval.Lower, 3));
        Assert.Equal(Dec(upper), Math.Round(interval.Upper, 3));
    }

    // PHE, "Technical Guide: Confidence intervals" (2018), Appendix 1: "for 95% confidence intervals, Byar's method is
    // within 0.2% of the exact value for numerators of 10 or more".
    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(100)]
    public void Byar_From10_IsWithinTwoTenthsOfAPercentOfTheExactLimits(int count)
    {
        ConfidenceInterval byar = IntervalRules.Poisson(count, 1m, ConfidenceLevel.Percent95);
        double exactLower = MathNet.Numerics.Distributions.ChiSquared.InvCDF(2d * count, 0.025) / 2d;
        double exactUpper = MathNet.Numerics.Distributions.ChiSquared.InvCDF((2d * count) + 2d, 0.975) / 2d;

        Assert.Equal(IntervalMethod.Byar, byar.Method);
        Assert.InRange((double)byar.Lower, exactLower * 0.998, exactLower * 1.002);
        Assert.InRange((double)byar.Upper, exactUpper * 0.998, exactUpper * 1.002);
    }

    // A large count is close to the normal approximation O ± z√O: 10,000 ± 196.
    [Fact]
    public void Byar_LargeCount_IsCloseToTheNormalApproximation()
    {
        ConfidenceInterval interval = IntervalRules.Poisson(10_000m, 1m, ConfidenceLevel.Percent95);

        Assert.InRange(interval.Lower, 9_803m, 9_806m);
        Assert.InRange(interval.Upper, 10_196m, 10_199m);
    }

    // A rate is the count's limits over the denominator, times the unit: 4.787 / 2,500 x 10,000 = 19.15 and 18.391 / 2,500 x 10,000 = 73.57 per 10,000.
    [Fact]
    public void Rate_Per10000_ScalesTheCountsLimits()
    {
        Assert.True(IntervalRules.TryCalculate(Unit.RatePer10000, 10m, 2_500m, ConfidenceLevel.Percent95, out ConfidenceInterval interval, out _));

        Assert.Equal(40m, interval.Value);
        Assert.Equal(19.15m, Math.Round(interval.Lower, 2));
        Assert.Equal(73.57m, Math.Round(interval.Upper, 2));
    }

    [Fact]
    public void NinetyNinePointEight_IsWiderThanNinetyFive()
    {
        ConfidenceInterval narrow = IntervalRules.Wilson(81m, 263m, ConfidenceLevel.Percent95);
        ConfidenceInterval wide = IntervalRules.Wilson(81m, 263m, ConfidenceLevel.Percent99Point8);

        Assert.True(wide.Lower < narrow.Lower);
        Assert.True(wide.Upper > narrow.Upper);
        Assert.Equal(ConfidenceLevel.Percent99Point8, wide.Level);
    }

    [Theory]
    [InlineData(Unit.Percent, "11", "10", "The numerator cannot be more than the denominator for a percentage")]
    [InlineData(Unit.Percent, "-1", "10", "The numerator must be 0 or more")]
    [InlineData(Unit.RatePer10000, "5", "0", "The denominator must be more than 0")]
    [InlineData(Unit.Days, "5", "2", "There is no confidence interval for a value in days: intervals are for percentages, numbers and rates")]
    public void BadFigures_AreRefusedWithAMessage(Unit unit, string numerator, string denominator, string message)
    {
        Assert.False(IntervalRules.TryCalculate(unit, Dec(numerator), Dec(denominator), ConfidenceLevel.Percent95, out _, out string? error));

        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("95", true, ConfidenceLevel.Percent95)]
    [InlineData("99.8", true, ConfidenceLevel.Percent99Point8)]
    [InlineData(" 99.8% ", true, ConfidenceLevel.Percent99Point8)]
    [InlineData("99", false, ConfidenceLevel.Percent95)]
    [InlineData("", false, ConfidenceLevel.Percent95)]
    public void TryParseLevel_ReadsTheTwoLevels(string text, bool ok, ConfidenceLevel expected)
    {
        Assert.Equal(ok, IntervalCodes.TryParseLevel(text, out ConfidenceLevel level));
        Assert.Equal(expected, level);
    }
}
