using Waymark.Data.Files;
using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Data.Tests.Files;

public class ResultFileTests
{
    private static (List<ResultRow> Rows, FileProblems Problems) Read(string body, Func<int, ReportingPeriod, bool>? keep = null)
    {
        var indicatorProblems = new FileProblems();
        var set = new IndicatorSet(IndicatorFile.Read(new StringReader(FileTestData.Indicators), "indicators.csv", indicatorProblems));
        var problems = new FileProblems();
        var rows = new List<ResultRow>();
        ResultFile.Read(new StringReader(FileTestData.ResultHeader + "\n" + body), "results.csv", set, problems, keep ?? ((_, _) => true), rows.Add);
        return (rows, problems);
    }

    [Fact]
    public void Read_ValueColumnNamedTwice_IsRefusedAndNoRowIsRead()
    {
        var problems = new FileProblems();
        var set = new IndicatorSet(IndicatorFile.Read(new StringReader(FileTestData.Indicators), "indicators.csv", new FileProblems()));
        var rows = new List<ResultRow>();

        ResultFile.Read(new StringReader("indicator,period,value,Value\nNI 1,2010/11 Q1,12.5,99\n"), "results.csv", set, problems, (_, _) => true, rows.Add);

        Assert.Empty(rows);
        Assert.Equal(
            "results.csv, line 1, column value: The header names the column value more than once (columns 3 and 4): give each column one heading of its own",
            Assert.Single(problems.Kept).ToString());
    }

    [Fact]
    public void Read_ValueFromNumeratorAndDenominator_IsRoundedHalfUp()
    {
        var (rows, problems) = Read("LSP-HW2Bi,2008/09 Q3,,1224,150000,,,\nNI 43,2008/09 Q3,,113,1000,12,ok,\"Skewed by sentencing in the west, see note\"\n");

        Assert.False(problems.Any);
        Assert.Equal(81.6m, rows[0].Result.Value);
        Assert.Equal(11.3m, rows[1].Result.Value);
        Assert.Equal(12.0m, rows[1].Result.PredictedYearEnd);
        Assert.Equal("Skewed by sentencing in the west, see note", rows[1].Result.Commentary);
        Assert.Equal(3, rows[1].Line);
    }

    [Theory]
    [InlineData("Rising\u0007", "U+0007", 7)]
    [InlineData("\u0000", "U+0000", 1)]
    [InlineData("Vertical\u000Btab", "U+000B", 9)]
    public void Read_ControlCharacterInCommentary_IsAProblemNamingLineAndColumn(string commentary, string code, int position)
    {
        var (rows, problems) = Read($"NI 66,2010/11 Q3,61,,,,ok,fine\nNI 66,2010/11 Q4,62,,,,ok,\"{commentary}\"\n");

        Assert.Single(rows);
        Assert.Equal(
            $"results.csv, line 3, column commentary: has a control character ({code}) at character {position}: remove it (text may hold tabs and line breaks, but no other control characters)",
            Assert.Single(problems.Kept).ToString());
    }

    [Fact]
    public void Read_TabsAndLineBreaksInCommentary_AreKept()
    {
        var (rows, problems) = Read("NI 66,2010/11 Q3,61,,,,ok,\"One\ttwo\r\nthree\"\n");

        Assert.False(problems.Any);
        Assert.Equal("One\ttwo\nthree", rows[0].Result.Commentary);
    }

    [Fact]
    public void Read_Withheld_KeepsTheValueWithItsFlag()
    {
        var (rows, _) = Read("NI 66,2010/11 Q3,61,,,,withheld,Figures under review\n");

        Assert.Equal(61.0m, rows[0].Result.Value);
        Assert.Equal(DataQuality.Withheld, rows[0].Result.DataQuality);
    }

    [Fact]
    public void Read_FiguresWithThousandsSeparated_AreTheNumbers()
    {
        var (rows, problems) = Read("NI 111,2010/11 Q3,\"1,234\",,,\"1,451\",,\nLSP-HW2Bi,2010/11 Q3,,\"1,224\",\"150,000\",,,\n");

        Assert.False(problems.Any);
        Assert.Equal(1234m, rows[0].Result.Value);
        Assert.Equal(1451m, rows[0].Result.PredictedYearEnd);
        Assert.Equal(81.6m, rows[1].Result.Value);
    }

    [Theory]
    [InlineData("Withheld")]
    [InlineData(" WITHHELD ")]
    public void Read_DataQualityInCapitals_IsTheWord(string quality)
    {
        var (rows, problems) = Read($"NI 66,2010/11 Q3,61,,,,{quality},\n");

        Assert.False(problems.Any);
        Assert.Equal(DataQuality.Withheld, rows[0].Result.DataQuality);
    }

    [Fact]
    public void Read_RowsNotKept_AreCheckedButNotPassedOn()
    {
        var (rows, problems) = Read("NI 66,2010/11 Q3,61,,,,,\nNI 66,2010/11 Q2,\"6,1\",,,,,\n", (_, p) => p == ReportingPeriod.Parse("2010/11 Q3"));

        Assert.Single(rows);
        Assert.Equal(3, Assert.Single(problems.Kept).Line);
    }

    [Fact]
    public void Read_EveryBadRow_IsReportedWithLineColumnAndValue()
    {
        var (rows, problems) = Read(
            "NI 66,2010/11 Q3,77.4,,,,,\n" +
            "NI 66,Q3 2010/11,77.5,,,,,\n" +
            "NI 67,2010/11 Q3,50,,,,,\n" +
            "NI 43,2010/11 Q5,50,,,,,\n" +
            "NI 43,2010/11 Q2,\"11,3\",,,,,\n" +
            "NI 43,2010/11 Q1,11.3,113,900,,,\n" +
            "NI 43,2009/10 Q4,,113,0,,,\n" +
            "NI 43,2009/10 Q3,,113,,,,\n" +
            "NI 43,2009/10 Q2,101,,,,,\n" +
            "NI 43,2009/10 Q1,10,,,,maybe,\n" +
            "NI 111,2009/10 Q1,-3,,,,,\n" +
            "NI 66,2009/10 Q1,80%,,,,,\n");

        Assert.Single(rows);
        Assert.Equal(
            [
                "results.csv, line 3, column period: NI 66 already has a result for 2010/11 Q3 on line 2",
                "results.csv, line 4, column indicator: 'NI 67' is not an indicator in the indicators file",
                "results.csv, line 5, column period: '2010/11 Q5' is not a period: a financial quarter is Q1, Q2, Q3 or Q4, not Q5.",
                "results.csv, line 6, column value: '11,3' is not a number: use a point for decimals and commas only between thousands (for example 11.3)",
                "results.csv, line 7, column value: The value 11.3 does not match numerator / denominator, which gives 12.6",
                "results.csv, line 8, column denominator: The denominator must not be 0",
                "results.csv, line 9, column denominator: A numerator needs a denominator",
                "results.csv, line 10, column value: The value 101.0 is out of range for NI 43, whose values must be from 0 to 100 (the default for a percent indicator; an indicator can set its own minimum and maximum)",
                "results.csv, line 11, column data_quality: 'maybe' is not a data quality flag: leave it empty, or use ok or withheld",
                "results.csv, line 12, column value: The value -3 is out of range for NI 111, whose values must be 0 or more (the default for a number indicator; an indicator can set its own minimum and maximum)",
                "results.csv, line 13, column value: '80%' is not a number: leave out the % sign (the unit says it is a percentage) (for example 80)",
            ],
            problems.Kept.Select(p => p.ToString()));
    }

    [Fact]
    public void Problems_BeyondTheLimit_AreCountedButNotKept()
    {
        var problems = new FileProblems(limit: 2);
        for (int i = 0; i < 5; i++)
        {
            problems.Add("results.csv", i + 2, "value", "bad");
        }

        Assert.Equal(5, problems.Count);
        Assert.Equal(2, problems.Kept.Count);
    }

    [Fact]
    public void Read_BreakdownAndGroup_MakeAGroupsRowBesideEveryonesForTheSamePeriod()
    {
        var set = new IndicatorSet(IndicatorFile.Read(new StringReader(FileTestData.Indicators), "indicators.csv", new FileProblems()));
        var problems = new FileProblems();
        var rows = new List<ResultRow>();

        ResultFile.Read(
            new StringReader("indicator,period,value,breakdown,group\nNI 43,2008/09 Q3,11.3,,\nNI 43,2008/09 Q3,30,sen_status,ehcp\n"),
            "results.csv",
            set,
            problems,
            (_, _) => true,
            rows.Add);

        Assert.False(problems.Any);
        Assert.Equal([(null, null, 11.3m), ("sen_status", "ehcp", 30.0m)], rows.Select(r => (r.Breakdown, r.Group, r.Result.Value)));
    }

    [Fact]
    public void Evaluate_GroupRows_AreNotTheIndicatorsResult()
    {
        var problems = new FileProblems();

        var evaluations = FileEvaluation.Evaluate(
            (new StringReader(FileTestData.Indicators), "indicators.csv"),
            (new StringReader("indicator,period,value,breakdown,group\nNI 43,2008/09 Q3,11.3,,\nNI 43,2008/09 Q3,30,sen_status,ehcp\n"), "results.csv"),
            null,
            ReportingPeriod.Parse("2008/09 Q3"),
            problems);

        Assert.False(problems.Any);
        Assert.Equal(11.3m, evaluations.Single(e => e.Indicator.Code == "NI 43").Result?.Value);
    }
}
