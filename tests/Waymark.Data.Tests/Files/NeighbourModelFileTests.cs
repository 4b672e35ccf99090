using Waymark.Areas;
using Waymark.Data.Files;
using Waymark.Testing;

namespace Waymark.Data.Tests.Files;

public class NeighbourModelFileTests
{
    private const string Header = "LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,SN3,SNP,SN4,SNP,SN5,SNP,SN6,SNP,SN7,SNP,SN8,SNP,SN9,SNP,SN10,SNP,\n";

    private static (IReadOnlyList<NeighbourModelRow> Rows, FileProblems Problems) Read(string text)
    {
        var problems = new FileProblems();
        return (NeighbourModelFile.Read(new StringReader(text), "sn.csv", problems), problems);
    }

    private static IReadOnlyList<NeighbourModelRow> ReadPublished(string file)
    {
        var problems = new FileProblems();
        using var text = new StreamReader(RepositoryPaths.PublicData(file));
        IReadOnlyList<NeighbourModelRow> rows = NeighbourModelFile.Read(text, file, problems);
        Assert.False(problems.Any, string.Join('\n', problems.Kept));
        return rows;
    }

    [Fact]
    public void Read_May2025Model_GivesEachLAsTenNeighboursClosestFirst()
    {
        IReadOnlyList<NeighbourModelRow> rows = ReadPublished("sn_may_2025.csv");

        Assert.Equal(158, rows.Count);
        NeighbourModelRow leeds = rows.Single(r => r.Number == 383);
        Assert.Equal("Leeds", leeds.Name);
        Assert.Equal("Yorkshire and the Humber", leeds.Region);
        Assert.False(leeds.Former);
        Assert.Equal([851, 882, 373, 826, 382, 355, 801, 852, 306, 839], leeds.Neighbours.Select(n => n.Number));
        Assert.Equal(new StatisticalNeighbour(851, "Very close"), leeds.Neighbours[0]);
        Assert.Equal(new StatisticalNeighbour(839, "Close"), leeds.Neighbours[9]);
    }

    [Fact]
    public void Read_RowSavedWithoutItsTrailingComma_StillHasItsLastCloseness()
    {
        NeighbourModelRow nottingham = ReadPublished("sn_may_2025.csv").Single(r => r.Number == 892);

        Assert.Equal(10, nottingham.Neighbours.Count);
        Assert.Equal(new StatisticalNeighbour(355, "Somewhat close"), nottingham.Neighbours[9]);
    }

    [Fact]
    public void Read_OldSNsSection_MarksTheLAsThatWereReorganised()
    {
        IReadOnlyList<NeighbourModelRow> rows = ReadPublished("sn_may_2025.csv");

        Assert.Equal([835, 836, 837, 928, 909], rows.Where(r => r.Former).Select(r => r.Number));
        Assert.Equal(10, rows.Single(r => r.Number == 909).Neighbours.Count);
    }

    [Fact]
    public void Read_April2021Model_LAsWithoutNeighboursYetHaveNone()
    {
        IReadOnlyList<NeighbourModelRow> rows = ReadPublished("sn_april_2021.csv");

        Assert.Equal(158, rows.Count);
        Assert.Empty(rows.Single(r => r.Number == 942).Neighbours);
        Assert.Empty(rows.Single(r => r.Number == 943).Neighbours);
        Assert.Equal([373, 841, 381, 351, 808, 350, 831, 392, 382, 344], rows.Single(r => r.Number == 383).Neighbours.Select(n => n.Number));
    }

    [Fact]
    public void Read_RegionsOfBothModels_MatchLaitsListOfLAsInEveryCase()
    {
        var problems = new FileProblems();
        using var text = new StreamReader(RepositoryPaths.PublicData("la_code_list.csv"));
        Dictionary<int, string> laitRegions = AreaFile.Read(text, "la_code_list.csv", problems)
            .Where(a => a.Kind == AreaKind.LocalAuthority)
            .ToDictionary(a => a.Number, a => a.Region!);

        foreach (string file in new[] { "sn_may_2025.csv", "sn_april_2021.csv" })
        {
            IReadOnlyList<NeighbourModelRow> rows = ReadPublished(file);
            Assert.All(rows, r => Assert.True(RegionNames.Comparer.Equals(laitRegions[r.Number], r.Region), $"{file}: {r.Number} {r.Region} / {laitRegions[r.Number]}"));
        }

        // The models write London (Inner) and London (Outer); LAIT's list says Inner London and Outer London.
        Assert.Equal("Inner London", laitRegions[202]);
        Assert.Equal("London (Inner)", ReadPublished("sn_may_2025.csv").Single(r => r.Number == 202).Region);
    }

    [Fact]
    public void Read_EveryBadRow_IsReportedWithLineColumnAndValue()
    {
        var (rows, problems) = Read(Header +
            "383,Leeds,383,9,Yorkshire and the Humber,851,Very close,882,Very close,373,Very close,826,Close,382,Close,355,Close,801,Close,852,Close,306,Close,839,Close,\n" +
            ",,,,,,,,,,,,,,,,,,,,,,,,,\n" +
            "38,Short,38,9,North West,851,Close,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,\n" +
            "384,Wakefield,385,9,Yorkshire and the Humber,851,Close,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,\n" +
            "385,,385,9,Yorkshire,851,Close,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,\n" +
            "386,Self,386,9,North West,386,Close,85,Close,851,Close,851,Close,-,-,-,-,-,-,-,-,-,-,-,-,\n" +
            ",Just a note,\n" +
            "383,Leeds again,383,9,Yorkshire and the Humber,851,Close,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,\n" +
            "387,Too long,387,9,North West,851,Close,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,,extra\n");

        Assert.Equal([383], rows.Select(r => r.Number));
        Assert.Equal(
            [
                "sn.csv, line 4, column LA num: '38' is not an LA number: use the three-digit DfE number, such as 383",
                "sn.csv, line 5, column LA number: '385' is not the LA num 384: the two columns must agree",
                "sn.csv, line 6, column LA Name: Enter the LA's name",
                "sn.csv, line 6, column GOReg: 'Yorkshire' is not a region of England: use one of North East, North West, Yorkshire and The Humber, East Midlands, West Midlands, East of England, London, Inner London, Outer London, South East, South West",
                "sn.csv, line 7, column SN1: 386 is the LA itself: an LA is not its own neighbour",
                "sn.csv, line 7, column SN2: '85' is not an LA number: use the three-digit DfE number, such as 383",
                "sn.csv, line 7, column SN4: 851 is already a neighbour of 386",
                "sn.csv, line 8, column LA num: Enter the LA number",
                "sn.csv, line 8, column GOReg: Enter the LA's region, such as Yorkshire and the Humber",
                "sn.csv, line 9, column LA num: 383 is already listed on line 2",
                "sn.csv, line 10: The row has 27 fields but the header has 26: put a field that contains a comma in double quotes",
            ],
            problems.Kept.Select(p => p.ToString()));
    }
}
