using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Domain.Tests.Indicators;

public class IndicatorChecksTests
{
    private static readonly IndicatorEntry Good = new()
    {
        Code = " NI 66 ",
        Title = "Looked after children cases reviewed in time",
        Unit = "percent",
        Polarity = "higher",
        Frequency = "quarterly",
        Aggregation = "ratio",
        Tolerance = "2",
        Decimals = "2",
        YearType = "academic",
    };

    [Fact]
    public void TryCheck_EveryPartRight_GivesTheDefinition()
    {
        Assert.True(IndicatorChecks.TryCheck(Good, out IndicatorDefinition? definition, out IReadOnlyList<IndicatorEntryError> errors));

        Assert.Empty(errors);
        Assert.Equal(
            new IndicatorDefinition("NI 66", "Looked after children cases reviewed in time", Unit.Percent, Polarity.Higher, Frequency.Quarterly, Aggregation.Ratio, Tolerance.Absolute(2m), 2, YearType.Academic),
            definition);
    }

    [Theory]
    [InlineData("percent", 1)]
    [InlineData("rate_per_10000", 1)]
    [InlineData("number", 0)]
    [InlineData("days", 0)]
    [InlineData("currency", 0)]
    [InlineData("score", 0)]
    public void TryCheck_EmptyToleranceDecimalsAndYearType_TakeTheDefaults(string unit, int decimals)
    {
        Assert.True(IndicatorChecks.TryCheck(Good with { Unit = unit, Tolerance = " ", Decimals = null, YearType = "" }, out IndicatorDefinition? definition, out _));

        Assert.Equal((Tolerance.Default, decimals, YearType.Financial), (definition.Tolerance, definition.Decimals, definition.YearType));
    }

    [Theory]
    [InlineData("code", "", "Enter the indicator's code")]
    [InlineData("title", " ", "Enter the indicator's title")]
    [InlineData("unit", "", "Enter the unit: percent|number|rate_per_1000|rate_per_10000|rate_per_100000|days|currency|score")]
    [InlineData("unit", "percentage", "'percentage' is not a unit: use percent|number|rate_per_1000|rate_per_10000|rate_per_100000|days|currency|score")]
    [InlineData("polarity", "sideways", "'sideways' is not a polarity: use higher|lower|none")]
    [InlineData("frequency", "", "Enter the frequency: monthly|quarterly|annual")]
    [InlineData("aggregation", "mean", "'mean' is not an aggregation: use snapshot|cumulative|ratio")]
    [InlineData("tolerance", "five", "'five' is not a tolerance: write a percentage of the target such as 5% or a number of units such as 2.")]
    [InlineData("tolerance", "101%", "'101%' is out of range: a percentage tolerance must be from 0% to 100% of the target.")]
    [InlineData("decimals", "1.5", "'1.5' is not a number of decimal places: use a whole number from 0 to 6")]
    [InlineData("decimals", "7", "'7' is not a number of decimal places: use a whole number from 0 to 6")]
    [InlineData("decimals", "-1", "'-1' is not a number of decimal places: use a whole number from 0 to 6")]
    [InlineData("year_type", "fiscal", "'fiscal' is not a year type: use financial|academic|calendar")]
    [InlineData("minimum", "-16%", "'-16%' is not a number: leave out the % sign (the unit says it is a percentage) (for example -16)")]
    [InlineData("minimum", "150", "The minimum 150 is above the percent maximum 100: set a maximum too")]
    [InlineData("maximum", "6,5", "'6,5' is not a number: use a point for decimals and commas only between thousands (for example 6.5)")]
    [InlineData("maximum", "-5", "The maximum -5 is below the percent minimum 0: set a minimum too")]
    public void TryCheck_OnePartWrong_SaysWhichAndWhatToWrite(string field, string text, string message)
    {
        IndicatorEntry entry = field switch
        {
            "code" => Good with { Code = text },
            "title" => Good with { Title = text },
            "unit" => Good with { Unit = text },
            "polarity" => Good with { Polarity = text },
            "frequency" => Good with { Frequency = text },
            "aggregation" => Good with { Aggregation = text },
            "tolerance" => Good with { Tolerance = text },
            "decimals" => Good with { Decimals = text },
            "minimum" => Good with { Minimum = text },
            "maximum" => Good with { Maximum = text },
            _ => Good with { YearType = text },
        };

        Assert.False(IndicatorChecks.TryCheck(entry, out IndicatorDefinition? definition, out IReadOnlyList<IndicatorEntryError> errors));

        Assert.Null(definition);
        Assert.Equal([new IndicatorEntryError(field, message)], errors);
    }

    [Theory]
    [InlineData("-100", "", "from -100 to 100")]
    [InlineData("", "", "from 0 to 100")]
    [InlineData(" -0.5 ", "1,000", "from -0.5 to 1000")]
    [InlineData("", "50", "from 0 to 50")]
    public void TryCheck_MinimumAndMaximum_SetTheRangeWithTheUnitsEndsWhereEmpty(string minimum, string maximum, string range)
    {
        Assert.True(IndicatorChecks.TryCheck(Good with { Minimum = minimum, Maximum = maximum }, out IndicatorDefinition? definition, out _));

        Assert.Equal(range, definition!.Range.ToString());
    }

    [Fact]
    public void TryCheck_MinimumAboveMaximum_IsRefused()
    {
        Assert.False(IndicatorChecks.TryCheck(Good with { Minimum = "10", Maximum = "5" }, out _, out IReadOnlyList<IndicatorEntryError> errors));

        Assert.Equal([new IndicatorEntryError("minimum", "The minimum 10 is above the maximum 5")], errors);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("6", 6)]
    public void TryCheck_DecimalsAtEachEnd_AreAccepted(string text, int decimals)
    {
        Assert.True(IndicatorChecks.TryCheck(Good with { Decimals = text }, out IndicatorDefinition? definition, out _));

        Assert.Equal(decimals, definition.Decimals);
    }

    [Fact]
    public void TryCheck_SeveralPartsWrong_GivesOneErrorEachInColumnOrder()
    {
        Assert.False(IndicatorChecks.TryCheck(new IndicatorEntry(), out _, out IReadOnlyList<IndicatorEntryError> errors));

        Assert.Equal(["code", "title", "unit", "polarity", "frequency", "aggregation"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("code", "", "Enter a code")]
    [InlineData("title", " ", "Enter a title")]
    [InlineData("unit", "percentage", "Select a unit")]
    [InlineData("polarity", "sideways", "Select whether higher or lower is better, or neither")]
    [InlineData("frequency", "", "Select how often results are reported")]
    [InlineData("aggregation", "mean", "Select how results add up over the year")]
    [InlineData("tolerance", "101%", "Tolerance must be a percentage of the target, like 5%, or a number of units, like 2")]
    [InlineData("decimals", "7", "Decimals must be a whole number from 0 to 6")]
    [InlineData("year_type", "fiscal", "Select the year the indicator is reported by")]
    public void TryCheck_OnePartWrong_TheFormSaysWhatItsFieldNeeds(string field, string text, string formMessage)
    {
        IndicatorEntry entry = field switch
        {
            "code" => Good with { Code = text },
            "title" => Good with { Title = text },
            "unit" => Good with { Unit = text },
            "polarity" => Good with { Polarity = text },
            "frequency" => Good with { Frequency = text },
            "aggregation" => Good with { Aggregation = text },
            "tolerance" => Good with { Tolerance = text },
            "decimals" => Good with { Decimals = text },
            _ => Good with { YearType = text },
        };

        IndicatorChecks.TryCheck(entry, out _, out IReadOnlyList<IndicatorEntryError> errors);

        Assert.Equal((field, formMessage), (errors.Single().Field, errors.Single().FormMessage));
    }

    [Fact]
    public void From_ADefinition_IsReadBackAsTheSameDefinition()
    {
        var definition = new IndicatorDefinition("NI 62", "Placement stability", Unit.Days, Polarity.Lower, Frequency.Monthly, Aggregation.Cumulative, Tolerance.Absolute(2.5m), 3, YearType.Calendar) { Minimum = -28.5m, Maximum = 365m };

        Assert.True(IndicatorChecks.TryCheck(IndicatorEntry.From(definition), out IndicatorDefinition? read, out _));

        Assert.Equal(definition, read);
    }
}
