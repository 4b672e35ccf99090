using Waymark.Indicators;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Indicators;

public class ToleranceTests
{
    [Theory]
    [InlineData("5%", ToleranceKind.Relative, "5", "5%")]
    [InlineData("2.5%", ToleranceKind.Relative, "2.5", "2.5%")]
    [InlineData(" 10 % ", ToleranceKind.Relative, "10", "10%")]
    [InlineData("0%", ToleranceKind.Relative, "0", "0%")]
    [InlineData("2", ToleranceKind.Absolute, "2", "2")]
    [InlineData("0.5", ToleranceKind.Absolute, "0.5", "0.5")]
    [InlineData("0", ToleranceKind.Absolute, "0", "0")]
    [InlineData("", ToleranceKind.Relative, "5", "5%")]
    [InlineData("   ", ToleranceKind.Relative, "5", "5%")]
    public void Parse_AcceptedText_GivesKindAmountAndPrintsBack(string text, ToleranceKind kind, string amount, string printed)
    {
        Tolerance tolerance = Tolerance.Parse(text);

        Assert.Equal(kind, tolerance.Kind);
        Assert.Equal(Dec(amount), tolerance.Amount);
        Assert.Equal(printed, tolerance.ToString());
        Assert.Equal(tolerance, Tolerance.Parse(tolerance.ToString()));
    }

    [Fact]
    public void Parse_Empty_IsTheDefaultOfFivePercentOfTheTarget()
    {
        Assert.Equal(Tolerance.Default, Tolerance.Parse(""));
        Assert.Equal(Tolerance.Relative(5m), Tolerance.Default);
        Assert.Equal("5%", Tolerance.Default.ToString());
    }

    [Theory]
    [InlineData("five")]
    [InlineData("-2")]
    [InlineData("-5%")]
    [InlineData("5%%")]
    [InlineData("%")]
    [InlineData("1,5")]
    [InlineData("2 units")]
    public void Parse_RejectedText_ThrowsFormatExceptionNamingInput(string text)
    {
        string message = $"'{text}' is not a tolerance: write a percentage of the target such as 5% or a number of units such as 2.";

        FormatException e = Assert.Throws<FormatException>(() => Tolerance.Parse(text));
        Assert.Equal(message, e.Message);

        Assert.False(Tolerance.TryParse(text, out _, out string? error));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("100.1%")]
    [InlineData("150%")]
    public void Parse_PercentageAboveOneHundred_IsOutOfRangeNamingInput(string text)
    {
        Assert.False(Tolerance.TryParse(text, out _, out string? error));
        Assert.Equal($"'{text}' is out of range: a percentage tolerance must be from 0% to 100% of the target.", error);
        Assert.True(Tolerance.TryParse("100%", out Tolerance all, out _));
        Assert.Equal(Tolerance.Relative(100m), all);
        Assert.True(Tolerance.TryParse("150", out _, out _));
    }

    [Theory]
    [InlineData("5%", "80", "4")]
    [InlineData("5%", "6.8", "0.34")]
    [InlineData("5%", "-80", "4")]
    [InlineData("10%", "0", "0")]
    [InlineData("2.5%", "200", "5")]
    [InlineData("2", "80", "2")]
    [InlineData("2", "6.8", "2")]
    [InlineData("0.5", "1000", "0.5")]
    [InlineData("0", "80", "0")]
    public void AllowanceFor_Target_IsTheLargestMissThatIsStillAmber(string tolerance, string target, string allowance)
    {
        Assert.Equal(Dec(allowance), Tolerance.Parse(tolerance).AllowanceFor(Dec(target)));
    }

    [Fact]
    public void RelativeAndAbsolute_Negative_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Relative(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Absolute(-0.1m));
    }
}
