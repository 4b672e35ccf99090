using Waymark.Indicators;
using Waymark.Variation;

using static Waymark.Domain.Tests.Variation.Series;

namespace Waymark.Domain.Tests.Variation;

public class VariationTextTests
{
    [Theory]
    [InlineData("11;11;11;11;11;11", Polarity.Higher, "Special cause: improvement, a run of 6 above the mean")]
    [InlineData("11;11;11;11;11;11;11", Polarity.Lower, "Special cause: concern, a run of 7 above the mean")]
    [InlineData("9.2;9.3;9.4;10.1;10.2;10.3", Polarity.Higher, "Special cause: improvement, a trend of 6 rising")]
    [InlineData("10.9;10.8;10.7;9.9;9.8;9.7", Polarity.Higher, "Special cause: concern, a trend of 6 falling")]
    [InlineData("13.5", Polarity.None, "Special cause: neither improvement nor concern, a point above the upper limit")]
    [InlineData("6.5", Polarity.Lower, "Special cause: improvement, a point below the lower limit")]
    [InlineData("12.5;11;12.5", Polarity.Higher, "Special cause: improvement, two of three beyond the upper two-sigma line")]
    [InlineData("10.5", Polarity.Higher, "Common cause variation")]
    public void Variation_NamesTheJudgementAndTheRules(string later, Polarity polarity, string words)
    {
        XmrChart chart = XmrRules.Build(Of(SigmaOne + ";" + later), polarity, null, SigmaOneSettings);

        Assert.Equal(words, VariationText.Variation(chart));
    }

    [Fact]
    public void Variation_ThreeRules_AreListedWithCommasAndAnd()
    {
        XmrChart chart = XmrRules.Build(Of(SigmaOne + ";11;11;11;11;12.5;13.5"), Polarity.Higher, null, SigmaOneSettings);

        Assert.Equal(
            "Special cause: improvement, a point above the upper limit, two of three beyond the upper two-sigma line and a run of 6 above the mean",
            VariationText.Variation(chart));
    }

    [Fact]
    public void Variation_SeveralRules_AreJoined()
    {
        XmrChart chart = XmrRules.Build(Of(SigmaOne + ";11;11;11;11;11;13.5"), Polarity.Higher, null, SigmaOneSettings);

        Assert.Equal("Special cause: improvement, a point above the upper limit and a run of 6 above the mean", VariationText.Variation(chart));
    }

    [Fact]
    public void Variation_TooFewPoints_SaysHowManyAndHowManyAreNeeded()
    {
        XmrChart chart = XmrRules.Build(Of("1;2;3;4;5;6;7;8;9"), Polarity.Higher, 5m);

        Assert.Equal("No variation icon: 9 points since the limits were last worked out, fewer than the 13 needed", VariationText.Variation(chart));
        Assert.Equal("No assurance icon: 9 points since the limits were last worked out, fewer than the 13 needed", VariationText.Assurance(chart));
        Assert.Equal("A run chart: 9 points, fewer than the 13 needed for limits", VariationText.RunChart(chart.Segments[0], chart.Settings));
    }

    [Theory]
    [InlineData(Polarity.Higher, "5", "Consistently passes the target")]
    [InlineData(Polarity.Higher, "10", "Hit or miss: the target lies between the limits")]
    [InlineData(Polarity.Higher, "15", "Consistently fails the target")]
    [InlineData(Polarity.Higher, null, "No assurance icon: there is no target")]
    [InlineData(Polarity.None, "10", "No assurance icon: the indicator has no polarity")]
    public void Assurance_InWords(Polarity polarity, string? target, string words)
    {
        XmrChart chart = XmrRules.Build(Of(SigmaOne + ";10"), polarity, Numbers.DecOrNull(target), SigmaOneSettings);

        Assert.Equal(words, VariationText.Assurance(chart));
    }

    [Fact]
    public void NoPoints_InWords()
    {
        XmrChart chart = XmrRules.Build([], Polarity.Higher, null);

        Assert.Equal("No variation icon: there are no results", VariationText.Variation(chart));
    }
}
