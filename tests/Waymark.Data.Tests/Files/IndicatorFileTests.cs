using Waymark.Data.Files;
using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Tests.Files;

public class IndicatorFileTests
{
    private static (IReadOnlyList<IndicatorDefinition> Indicators, FileProblems Problems) Read(string text)
    {
        var problems = new FileProblems();
        return (IndicatorFile.Read(new StringReader(text), "indicators.csv", problems), problems);
    }

    [Fact]
    public void Read_GoodFile_GivesEveryIndicatorWithItsRules()
    {
        var (indicators, problems) = Read(FileTestData.Indicators);

        Assert.False(problems.Any);
        Assert.Equal(["NI 66", "NI 43", "LSP-HW2Bi", "NI 111"], indicators.Select(i => i.Code));
        IndicatorDefinition ni111 = indicators[3];
        Assert.Equal(Unit.Number, ni111.Unit);
        Assert.Equal(Polarity.Lower, ni111.Polarity);
        Assert.Equal(Aggregation.Cumulative, ni111.Aggregation);
        Assert.Equal(0, ni111.Decimals);
        Assert.Equal(Tolerance.Default, ni111.Tolerance);
        Assert.Equal(Polarity.None, indicators[2].Polarity);
        Assert.Equal(YearType.Financial, indicators[0].YearType);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderAndCaseWithExtras_AreMatchedByName()
    {
        var (indicators, problems) = Read(
            "\uFEFFDecimals,Code,notes,Title,Unit,Polarity,Frequency,Aggregation,Tolerance,year_type\n" +
            "2,KS2,anything,Key stage 2 attainment,percent,higher,annual,snapshot,2,academic\n");

        Assert.False(problems.Any);
        IndicatorDefinition ks2 = Assert.Single(indicators);
        Assert.Equal(2, ks2.Decimals);
        Assert.Equal(Tolerance.Absolute(2m), ks2.Tolerance);
        Assert.Equal(YearType.Academic, ks2.YearType);
    }

    [Theory]
    [InlineData("\"Children seen within 10 days, as a % of all referrals\"", "Children seen within 10 days, as a % of all referrals")]
    [InlineData("  ", null)]
    public void Read_DefinitionColumn_IsTheTextOfTheDefinitionOrNone(string field, string? text)
    {
        var (indicators, problems) = Read(FileTestData.IndicatorHeader + ",definition\nLOCAL 7,Children seen,percent,higher,quarterly,ratio,,1," + field + "\n");

        Assert.False(problems.Any, string.Join('\n', problems.Kept));
        Assert.Equal(text, Assert.Single(indicators).Text);
    }

    [Fact]
    public void Read_EveryBadField_IsReportedWithLineColumnAndValue()
    {
        var (indicators, problems) = Read(FileTestData.IndicatorHeader + "\n" +
            "NI 1,Good one,percent,higher,quarterly,ratio,,1\n" +
            "NI 2,Bad polarity,percent,upwards,quarterly,ratio,,1\n" +
            "NI 3,Bad unit and decimals,percentage,higher,quarterly,ratio,5%,seven\n" +
            "NI 1,Duplicate,percent,higher,quarterly,ratio,,1\n" +
            "NI 4,,percent,higher,fortnightly,ratio,five,1\n");

        Assert.Equal(["NI 1"], indicators.Select(i => i.Code));
        Assert.Equal(
            [
                "indicators.csv, line 3, column polarity: 'upwards' is not a polarity: use higher|lower|none",
                "indicators.csv, line 4, column unit: 'percentage' is not a unit: use percent|number|rate_per_1000|rate_per_10000|rate_per_100000|days|currency|score",
                "indicators.csv, line 4, column decimals: 'seven' is not a number of decimal places: use a whole number from 0 to 6",
                "indicators.csv, line 5, column code: 'NI 1' is already defined on line 2",
                "indicators.csv, line 6, column title: Enter the indicator's title",
                "indicators.csv, line 6, column frequency: 'fortnightly' is not a frequency: use monthly|quarterly|annual",
                "indicators.csv, line 6, column tolerance: 'five' is not a tolerance: write a percentage of the target such as 5% or a number of units such as 2.",
            ],
            problems.Kept.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_MinimumAndMaximumColumns_SetTheIndicatorsRangeOrLeaveTheUnits()
    {
        var (indicators, problems) = Read(FileTestData.IndicatorHeader + ",minimum,maximum\n" +
            "BV 127,% reduction in violence against the person,percent,higher,quarterly,snapshot,,1,-100,\n" +
            "LPI 9,Days ahead of or behind plan,days,higher,quarterly,snapshot,,0,-365,365\n" +
            "NI 66,Looked after children cases reviewed on time,percent,higher,quarterly,ratio,,1,,\n");

        Assert.False(problems.Any, string.Join('\n', problems.Kept));
        Assert.Equal(["from -100 to 100", "from -365 to 365", "from 0 to 100"], indicators.Select(i => i.Range.ToString()));
        Assert.Equal([(-100m, (decimal?)null), (-365m, 365m), (null, null)], indicators.Select(i => (i.Minimum, i.Maximum)));
    }

    [Fact]
    public void Read_BadMinimumOrMaximum_IsReportedWithLineColumnAndValue()
    {
        var (indicators, problems) = Read(FileTestData.IndicatorHeader + ",minimum,maximum\n" +
            "BV 127,% reduction,percent,higher,quarterly,snapshot,,1,\"-16,5\",\n" +
            "LPI 9,Days behind plan,days,higher,quarterly,snapshot,,0,10,5\n" +
            "NI 66,Cases reviewed,percent,higher,quarterly,ratio,,1,,-1\n");

        Assert.Empty(indicators);
        Assert.Equal(
            [
                "indicators.csv, line 2, column minimum: '-16,5' is not a number: use a point for decimals and commas only between thousands (for example -16.5)",
                "indicators.csv, line 3, column minimum: The minimum 10 is above the maximum 5",
                "indicators.csv, line 4, column maximum: The maximum -1 is below the percent minimum 0: set a minimum too",
            ],
            problems.Kept.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_MissingColumn_IsReportedOnceForTheHeader()
    {
        var (indicators, problems) = Read("code,title,unit,frequency,aggregation,tolerance,decimals\nNI 1,x,percent,quarterly,ratio,,1\n");

        Assert.Empty(indicators);
        FileProblem problem = Assert.Single(problems.Kept);
        Assert.Equal(1, problem.Line);
        Assert.Contains("The header has no column polarity", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ColumnNamedTwice_IsRefusedNamingItAndItsColumns()
    {
        var (indicators, problems) = Read(FileTestData.IndicatorHeader + ",definition,Definition\nLOCAL 7,Children seen,percent,higher,quarterly,ratio,,1,first,second\n");

        Assert.Empty(indicators);
        Assert.Equal(
            "indicators.csv, line 1, column definition: The header names the column definition more than once (columns 9 and 10): give each column one heading of its own",
            Assert.Single(problems.Kept).ToString());
    }

    [Fact]
    public void Read_RowWithAnUnquotedComma_SaysToQuoteIt()
    {
        var (_, problems) = Read(FileTestData.IndicatorHeader + "\nNI 1,Children, young people,percent,higher,quarterly,ratio,,1\n");

        FileProblem problem = Assert.Single(problems.Kept);
        Assert.Equal("indicators.csv, line 2: The row has 9 fields but the header has 8: put a field that contains a comma in double quotes", problem.ToString());
    }

    [Fact]
    public void Read_EmptyFile_SaysWhatTheHeaderNeeds()
    {
        var (_, problems) = Read(string.Empty);

        Assert.Equal("indicators.csv: The file is empty: it needs a header row with at least the columns code,title,unit,polarity,frequency,aggregation", Assert.Single(problems.Kept).ToString());
    }
}
