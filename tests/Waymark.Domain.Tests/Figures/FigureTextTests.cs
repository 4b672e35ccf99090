using Waymark.Figures;
using Waymark.Indicators;

namespace Waymark.Domain.Tests.Figures;

public sealed class FigureTextTests
{
    [Theory]
    [InlineData("87.4", "87.4")]
    [InlineData(" 87.4 ", "87.4")]
    [InlineData("0", "0")]
    [InlineData("-16", "-16")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("1234", "1234")]
    [InlineData("1,234", "1234")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("12,345,678.25", "12345678.25")]
    [InlineData("999,999", "999999")]
    [InlineData("0.125", "0.125")]
    public void TryParse_AcceptedSpelling_IsTheNumber(string text, string expected)
    {
        Assert.True(FigureText.TryParse(text, out decimal? value, out FigureError? error));
        Assert.Null(error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_Blank_IsNoValue(string text)
    {
        Assert.True(FigureText.TryParse(text, out decimal? value, out FigureError? error));
        Assert.Null(value);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("6,5", "'6,5' is not a number: use a point for decimals and commas only between thousands (for example 6.5)")]
    [InlineData("77,4", "'77,4' is not a number: use a point for decimals and commas only between thousands (for example 77.4)")]
    [InlineData("1,2,3", "'1,2,3' is not a number: use a point for decimals and commas only between thousands (for example 123)")]
    [InlineData("12,34", "'12,34' is not a number: use a point for decimals and commas only between thousands (for example 12.34)")]
    [InlineData("1234,567", "'1234,567' is not a number: use a point for decimals and commas only between thousands (for example 1234567)")]
    [InlineData("1,234,5", "'1,234,5' is not a number: use a point for decimals and commas only between thousands (for example 12345)")]
    [InlineData("1.234,5", "'1.234,5' is not a number: use a point for decimals and commas only between thousands (for example 1.2345)")]
    [InlineData(",5", "',5' is not a number: use a point for decimals and commas only between thousands (for example 87.4)")]
    [InlineData("80%", "'80%' is not a number: leave out the % sign (the unit says it is a percentage) (for example 80)")]
    [InlineData("£1,250", "'£1,250' is not a number: leave out the £ sign (the unit says it is money) (for example 1,250)")]
    [InlineData("1.2.3", "'1.2.3' is not a number: use one point, for decimals (for example 87.4)")]
    [InlineData("ninety", "'ninety' is not a number")]
    [InlineData("8O", "'8O' is not a number")]
    [InlineData("1e3", "'1e3' is not a number")]
    [InlineData("+5", "'+5' is not a number")]
    [InlineData("5.", "'5.' is not a number")]
    [InlineData("-", "'-' is not a number")]
    public void TryParse_RefusedSpelling_SaysWhyInOneMessage(string text, string message)
    {
        Assert.False(FigureText.TryParse(text, out decimal? value, out FigureError? error));
        Assert.Null(value);
        Assert.Equal(message, error!.Message);
    }

    [Fact]
    public void For_NoSpecificAdvice_NamesTheFieldAndAnExample()
    {
        Assert.False(FigureText.TryParse("ninety", out _, out FigureError? error));
        Assert.Equal("The result must be a number, like 87.4", error!.For("The result"));
    }

    [Fact]
    public void For_DecimalComma_SaysWhatWasTyped()
    {
        Assert.False(FigureText.TryParse("6,5", out _, out FigureError? error));
        Assert.Equal(
            "The result must be a number, like 6.5: use a point for decimals and commas only between thousands (you entered 6,5)",
            error!.For("The result"));
    }

    [Theory]
    [InlineData(Unit.Percent, 1, "12.5", "12.5%")]
    [InlineData(Unit.Percent, 0, "45", "45%")]
    [InlineData(Unit.RatePer10000, 1, "81.6", "81.6 per 10,000")]
    [InlineData(Unit.RatePer1000, 1, "48.7", "48.7 per 1,000")]
    [InlineData(Unit.RatePer100000, 0, "1234", "1,234 per 100,000")]
    [InlineData(Unit.Days, 0, "14", "14 days")]
    [InlineData(Unit.Days, 0, "1", "1 day")]
    [InlineData(Unit.Days, 1, "22.5", "22.5 days")]
    [InlineData(Unit.Currency, 0, "1250", "£1,250")]
    [InlineData(Unit.Currency, 2, "-1250.5", "-£1,250.50")]
    [InlineData(Unit.Number, 0, "1452", "1,452")]
    [InlineData(Unit.Number, 1, "-28", "-28.0")]
    [InlineData(Unit.Score, 0, "3", "3")]
    public void WithUnit_WritesTheValueAsPeopleReadIt(Unit unit, int decimals, string value, string expected)
    {
        Assert.Equal(expected, FigureText.WithUnit(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, decimals));
    }

    [Fact]
    public void WithUnit_NoValue_IsEmpty()
    {
        Assert.Equal(string.Empty, FigureText.WithUnit(null, Unit.Percent, 1));
    }
}
