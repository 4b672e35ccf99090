using Waymark.Areas;
using Waymark.Data.Files;
using Waymark.Periods;

namespace Waymark.Data.Tests.Files;

public class ComparatorFileTests
{
    private const string Header = "indicator,period,area,value\n";

    private static (IReadOnlyList<ComparatorRow> Rows, FileProblems Problems) Read(string body)
    {
        var set = new IndicatorSet(IndicatorFile.Read(new StringReader(FileTestData.Indicators), "indicators.csv", new FileProblems()));
        var problems = new FileProblems();
        return (ComparatorFile.Read(new StringReader(Header + body), "comparators.csv", set, problems), problems);
    }

    [Fact]
    public void Read_EachKindOfArea_IsReadWithItsValue()
    {
        var (rows, problems) = Read(
            "NI 66,2010/11,383,81.6\n" +
            "NI 66,2010/11,England,79.5\n" +
            "NI 66,2010/11,Yorkshire and the Humber,80.1\n" +
            "NI 66,2010/11,London (Inner),77\n" +
            "NI 66,2010/11,statistical neighbours,78.25\n");

        Assert.False(problems.Any);
        Assert.Equal(["383", "England", "Yorkshire and The Humber", "Inner London", "Statistical neighbours"], rows.Select(r => r.Area.ToString()));
        Assert.Equal(new ComparatorRow(0, ReportingPeriod.FinancialYear(2010), new ComparatorArea(AreaKind.LocalAuthority, 383, null), 81.6m, 2), rows[0]);
        Assert.Equal(AreaKind.Region, rows[3].Area.Kind);
        Assert.Equal(78.25m, rows[4].Value);
    }

    [Fact]
    public void Read_EveryBadRow_IsReportedWithLineColumnAndValue()
    {
        var (rows, problems) = Read(
            "NI 66,2010/11,England,79.5\n" +
            "NI 66,2010/11,england,79.6\n" +
            "NI 66,2010/11,Yorkshire and The Humber,80\n" +
            "NI 66,2010/11,Yorkshire and the Humber,80\n" +
            "NI 67,2010/11,England,79.5\n" +
            "NI 66,2010/13,England,79.5\n" +
            "NI 66,2010/11,Narnia,79.5\n" +
            "NI 66,2010/11,38,79.5\n" +
            "NI 66,2010/11,,79.5\n" +
            "NI 66,2011/12,England,\"79,5\"\n" +
            "NI 66,2011/12,England,\n" +
            "NI 66,2011/12,England,101\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(
            [
                "comparators.csv, line 3, column area: NI 66 already has a value for England in 2010/11 on line 2",
                "comparators.csv, line 5, column area: NI 66 already has a value for Yorkshire and The Humber in 2010/11 on line 4",
                "comparators.csv, line 6, column indicator: 'NI 67' is not an indicator in the indicators file",
                "comparators.csv, line 7, column period: '2010/13' is not a period: the second year must be the one after the first (2010/11).",
                "comparators.csv, line 8, column area: 'Narnia' is not an area: use an LA number such as 383, England, a region such as Yorkshire and The Humber, or Statistical neighbours",
                "comparators.csv, line 9, column area: '38' is not an area: use an LA number such as 383, England, a region such as Yorkshire and The Humber, or Statistical neighbours",
                "comparators.csv, line 10, column area: Enter the area: use an LA number such as 383, England, a region such as Yorkshire and The Humber, or Statistical neighbours",
                "comparators.csv, line 11, column value: '79,5' is not a number: use a point for decimals and commas only between thousands (for example 79.5)",
                "comparators.csv, line 12, column value: Enter the value",
                "comparators.csv, line 13, column value: The value 101 is out of range for NI 66, whose values must be from 0 to 100 (the default for a percent indicator; an indicator can set its own minimum and maximum)",
            ],
            problems.Kept.Select(p => p.ToString()));
    }
}
