using Waymark.Data.Files;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Data.Tests.Files;

public class LaitFileTests
{
    private const string Header = "Short Desc,Years,LA Number,LA and Regions,Values\n";

    private static (List<LaitRow> Rows, FileProblems Problems) Read(string text)
    {
        var problems = new FileProblems();
        return ([.. LaitFile.Read(new StringReader(text), "lait.csv", problems)], problems);
    }

    [Fact]
    public void Read_PublishedSubset_GivesEveryRowWithoutProblems()
    {
        var problems = new FileProblems();
        using var text = new StreamReader(RepositoryPaths.PublicData("lait_bds_childrens_services_subset.csv"));

        List<LaitRow> rows = [.. LaitFile.Read(text, "lait_bds_childrens_services_subset.csv", problems)];

        Assert.False(problems.Any);
        Assert.Equal(42330, rows.Count);
        Assert.Equal(new LaitRow("Under18concep", 2016, 301, "Barking and Dagenham", 27.9m, null, 2), rows[0]);
        Assert.Equal(2542, rows.Count(r => r.Marker == "-"));
        Assert.All(rows.Where(r => r.Marker is not null), r => Assert.Null(r.Value));
    }

    [Fact]
    public void Read_FloatNoise_IsKeptAndRoundedHalfUpToTheMeasuresDecimals()
    {
        var (rows, _) = Read(Header +
            "Under18concep,2016,302,Barnet,10.199999999999999\n" +
            "Under18concep,2016,370,Barnsley,33.799999999999997\n" +
            "16-17 NEET,2018,383,Leeds,2.6554492267223004\n" +
            "Under18concep,2016,383,Leeds,-\n");

        Assert.Equal(10.199999999999999m, rows[0].Value);
        Assert.Equal(10.2m, rows[0].RoundedValue(1));
        Assert.Equal(33.8m, rows[1].RoundedValue(1));
        Assert.Equal(2.7m, rows[2].RoundedValue(1));
        Assert.Equal(3m, rows[2].RoundedValue(0));
        Assert.Null(rows[3].RoundedValue(1));
    }

    [Theory]
    [InlineData("-", "-")]
    [InlineData("c", "c")]
    [InlineData("C", "c")]
    [InlineData("x", "x")]
    [InlineData("z", "z")]
    [InlineData("..", "..")]
    [InlineData(":", ":")]
    [InlineData("", "")]
    [InlineData(" ", "")]
    public void Read_SuppressionMarker_IsNoValueWithItsSymbol(string written, string marker)
    {
        var (rows, problems) = Read(Header + $"ReReferral,2024,383,Leeds,{written}\n");

        Assert.False(problems.Any);
        Assert.Null(rows[0].Value);
        Assert.Equal(marker, rows[0].Marker);
    }

    [Theory]
    [InlineData("2024", YearType.Financial, 2024, "2023/24")]
    [InlineData("2024", YearType.Academic, 2024, "AY 2023/24")]
    [InlineData("2024", YearType.Calendar, 2024, "2024")]
    [InlineData("2024-25", YearType.Financial, 2025, "2024/25")]
    [InlineData("1999-00", YearType.Financial, 2000, "1999/00")]
    public void Read_Years_IsTheYearThePeriodEndsIn(string years, YearType yearType, int year, string period)
    {
        var (rows, _) = Read(Header + $"ReReferral,{years},383,Leeds,24.2\n");

        Assert.Equal(year, rows[0].Year);
        Assert.Equal(period, rows[0].Period(yearType).ToString());
    }

    [Fact]
    public void Read_EveryBadRow_IsReportedWithLineColumnAndValue()
    {
        var (rows, problems) = Read(Header +
            "ReReferral,2024,383,Leeds,24.2\n" +
            "ReReferral,2024,383,Leeds,abc\n" +
            "ReReferral,2024,383,Leeds,\"24,2\"\n" +
            "ReReferral,24,383,Leeds,24.2\n" +
            "ReReferral,2024-26,383,Leeds,24.2\n" +
            "ReReferral,1900,383,Leeds,24.2\n" +
            "ReReferral,,383,Leeds,24.2\n" +
            "ReReferral,2024,Leeds,Leeds,24.2\n" +
            "ReReferral,2024,-383,Leeds,24.2\n" +
            ",2024,383,Leeds,24.2\n" +
            "ReReferral,2024,383,Leeds\n");

        Assert.Single(rows);
        Assert.Equal(
            [
                "lait.csv, line 3, column Values: 'abc' is not a value: use a number such as 27.9, or one of - c x z .. : for no value, or leave it empty",
                "lait.csv, line 4, column Values: '24,2' is not a value: use a number such as 27.9, or one of - c x z .. : for no value, or leave it empty",
                "lait.csv, line 5, column Years: '24' is not a year: use the year the period ends in, such as 2024, or a pair of years such as 2023-24",
                "lait.csv, line 6, column Years: '2024-26' is not a year: use the year the period ends in, such as 2024, or a pair of years such as 2023-24",
                "lait.csv, line 7, column Years: The year 1900 is out of range: use a year from 1901 to 2998",
                "lait.csv, line 8, column Years: Enter the year",
                "lait.csv, line 9, column LA Number: 'Leeds' is not an LA number: use the DfE number, such as 383",
                "lait.csv, line 10, column LA Number: '-383' is not an LA number: use the DfE number, such as 383",
                "lait.csv, line 11, column Short Desc: Enter the measure's short description",
                "lait.csv, line 12: The row has 4 fields but the header has 5: put a field that contains a comma in double quotes",
            ],
            problems.Kept.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_FirstRows_AreGivenBeforeTheRestOfTheFileIsRead()
    {
        using var text = new EndlessLait();

        List<LaitRow> first = [.. LaitFile.Read(text, "lait.csv", new FileProblems()).Take(3)];

        Assert.Equal([2, 3, 4], first.Select(r => r.Line));
        Assert.True(text.LinesRead < 10);
    }

    // A file that never ends: reading it whole would never finish.
    private sealed class EndlessLait : TextReader
    {
        public int LinesRead { get; private set; }

        public override string ReadLine() => LinesRead++ == 0 ? Header.TrimEnd() : $"ReReferral,2024,{LinesRead},LA {LinesRead},24.2";
    }
}
