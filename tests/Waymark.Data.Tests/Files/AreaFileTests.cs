using Waymark.Areas;
using Waymark.Data.Files;
using Waymark.Testing;

namespace Waymark.Data.Tests.Files;

public class AreaFileTests
{
    private const string Header = "LA Number,LA Name,Region,Type\n";

    private static (IReadOnlyList<AreaRow> Areas, FileProblems Problems) Read(string text)
    {
        var problems = new FileProblems();
        return (AreaFile.Read(new StringReader(text), "la_code_list.csv", problems), problems);
    }

    [Fact]
    public void Read_PublishedList_GivesEveryLARegionAndEngland()
    {
        var problems = new FileProblems();
        using var text = new StreamReader(RepositoryPaths.PublicData("la_code_list.csv"));

        IReadOnlyList<AreaRow> areas = AreaFile.Read(text, "la_code_list.csv", problems);

        Assert.False(problems.Any);
        Assert.Equal(171, areas.Count);
        Assert.Equal(158, areas.Count(a => a.Kind == AreaKind.LocalAuthority));
        Assert.Equal(11, areas.Count(a => a.Kind == AreaKind.Region));
        Assert.Equal([970, 1000], areas.Where(a => a.Kind == AreaKind.England).Select(a => a.Number));
        Assert.Equal(new AreaRow(383, "Leeds", AreaKind.LocalAuthority, "Yorkshire and The Humber", "MD"), areas.Single(a => a.Number == 383));
        Assert.Equal(new AreaRow(987, "London (Inner)", AreaKind.Region, null, null), areas.Single(a => a.Number == 987));
        Assert.Equal("Bournemouth, Christchurch and Poole", areas.Single(a => a.Number == 839).Name);
    }

    [Fact]
    public void Read_LAsRegion_MatchesTheRegionsOwnRowWhateverItsSpelling()
    {
        var (areas, _) = Read(Header +
            "383,Leeds,Yorkshire and The Humber,MD\n" +
            "202,Camden,Inner London,ILB\n" +
            "982,Yorkshire and the Humber,NA,NA\n" +
            "987,London (Inner),NA,NA\n");

        Assert.Equal(982, areas.Single(a => a.Kind == AreaKind.Region && RegionNames.Comparer.Equals(a.Name, areas[0].Region!)).Number);
        Assert.Equal(987, areas.Single(a => a.Kind == AreaKind.Region && RegionNames.Comparer.Equals(a.Name, areas[1].Region!)).Number);
    }

    [Fact]
    public void Read_EveryBadRow_IsReportedWithLineColumnAndValue()
    {
        var (areas, problems) = Read(Header +
            "383,Leeds,Yorkshire and The Humber,MD\n" +
            "38,Short,North West,UA\n" +
            "38A,Letters,North West,UA\n" +
            "1383,Four digits,North West,UA\n" +
            ",No number,North West,UA\n" +
            "384,,North West,UA\n" +
            "385,No region,,MD\n" +
            "386,NA region,NA,MD\n" +
            "387,Unknown region,Yorkshire,MD\n" +
            "383,Leeds again,Yorkshire and The Humber,MD\n" +
            "97O,England,NA,NA\n");

        Assert.Equal([383], areas.Select(a => a.Number));
        Assert.Equal(
            [
                "la_code_list.csv, line 3, column LA Number: '38' is not an LA number: use the three-digit DfE number, such as 383",
                "la_code_list.csv, line 4, column LA Number: '38A' is not an LA number: use the three-digit DfE number, such as 383",
                "la_code_list.csv, line 5, column LA Number: '1383' is not an LA number: use the three-digit DfE number, such as 383",
                "la_code_list.csv, line 6, column LA Number: Enter the area's number",
                "la_code_list.csv, line 7, column LA Name: Enter the area's name",
                "la_code_list.csv, line 8, column Region: Enter the LA's region, such as Yorkshire and The Humber",
                "la_code_list.csv, line 9, column Region: Enter the LA's region, such as Yorkshire and The Humber",
                "la_code_list.csv, line 10, column Region: 'Yorkshire' is not a region of England: use one of North East, North West, Yorkshire and The Humber, East Midlands, West Midlands, East of England, London, Inner London, Outer London, South East, South West",
                "la_code_list.csv, line 11, column LA Number: 383 is already listed on line 2",
                "la_code_list.csv, line 12, column LA Number: '97O' is not an LA number: use the three-digit DfE number, such as 383",
            ],
            problems.Kept.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_MissingColumn_IsReportedForTheWholeFile()
    {
        var (areas, problems) = Read("LA Number,LA Name,Type\n383,Leeds,MD\n");

        Assert.Empty(areas);
        Assert.Equal("la_code_list.csv, line 1: The header has no column Region: the file needs at least the columns LA Number,LA Name,Region,Type", Assert.Single(problems.Kept).ToString());
    }
}
