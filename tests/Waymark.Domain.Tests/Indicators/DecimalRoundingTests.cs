using Waymark.Indicators;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Indicators;

public class DecimalRoundingTests
{
    [Theory]
    [InlineData("2.45", 1, "2.5")]
    [InlineData("-2.45", 1, "-2.5")]
    [InlineData("2.449", 1, "2.4")]
    [InlineData("-2.449", 1, "-2.4")]
    [InlineData("2.35", 1, "2.4")]
    [InlineData("0.05", 1, "0.1")]
    [InlineData("-0.05", 1, "-0.1")]
    [InlineData("11.25", 1, "11.3")]
    [InlineData("81.6", 1, "81.6")]
    [InlineData("80", 1, "80.0")]
    [InlineData("80", 2, "80.00")]
    [InlineData("0", 1, "0.0")]
    [InlineData("12.5", 0, "13")]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("0.5", 0, "1")]
    [InlineData("1.49", 0, "1")]
    [InlineData("13.3333", 0, "13")]
    [InlineData("7", 0, "7")]
    [InlineData("1.005", 2, "1.01")]
    [InlineData("1.015", 2, "1.02")]
    [InlineData("2.675", 2, "2.68")]
    [InlineData("-1.005", 2, "-1.01")]
    [InlineData("1.0049", 2, "1.00")]
    [InlineData("2.40", 1, "2.4")]
    [InlineData("1.23456789", 8, "1.23456789")]
    [InlineData("1", 8, "1.00000000")]
    public void HalfUp_Value_RoundsHalfAwayFromZeroToExactlyThoseDecimals(string value, int decimals, string shown)
    {
        decimal rounded = DecimalRounding.HalfUp(Dec(value), decimals);

        Assert.Equal(shown, Shown(rounded));
        Assert.Equal(Dec(shown), rounded);
    }

    [Theory]
    [InlineData("-0.04", 1, "0.0")]
    [InlineData("-0.4", 0, "0")]
    [InlineData("-0.004", 2, "0.00")]
    public void HalfUp_SmallNegativeThatRoundsToZero_PrintsWithoutMinusSign(string value, int decimals, string shown)
    {
        Assert.Equal(shown, Shown(DecimalRounding.HalfUp(Dec(value), decimals)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9)]
    public void HalfUp_DecimalsOutsideZeroToEight_Throws(int decimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalRounding.HalfUp(1m, decimals));
    }

    [Theory]
    [InlineData(0, "77.45", "77")]
    [InlineData(1, "77.45", "77.5")]
    [InlineData(2, "77.4", "77.40")]
    public void IndicatorRound_UsesTheIndicatorsDecimals(int decimals, string value, string shown)
    {
        IndicatorDefinition indicator = new("NI 66", "Reviews in time", Unit.Percent, Polarity.Higher, decimals: decimals);

        Assert.Equal(shown, Shown(indicator.Round(Dec(value))));
    }
}
