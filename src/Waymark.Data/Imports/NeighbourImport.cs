using System.Globalization;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using Waymark.Areas;
using Waymark.Data.Areas;
using Waymark.Data.Files;
using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports a DfE statistical neighbour model (<c>sn_may_2025.csv</c>) as the model named by the month and year in
/// the file's name (<c>May 2025</c>). Every LA and neighbour must be an LA in the store, and the model's region for
/// an LA must be the LA's stored region (names compared as <see cref="RegionNames"/> reads them). Importing the
/// model again updates the neighbours of the LAs that changed; all or nothing, every change audited.
/// </summary>
public static partial class NeighbourImport
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The model a file of this name holds: <c>sn_may_2025.csv</c> is May 2025, dated 1 May 2025.</summary>
    public static (string Name, DateOnly Date)? ModelOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        Match match = MonthAndYear().Match(Path.GetFileNameWithoutExtension(fileName));
        if (!match.Success)
        {
            return null;
        }

        string monthText = match.Groups["month"].Value.ToLowerInvariant();
        int month = Array.FindIndex(Months, m => m.StartsWith(monthText, StringComparison.Ordinal)) + 1;
        int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var date = new DateOnly(year, month, 1);
        return (date.ToString("MMMM yyyy", CultureInfo.InvariantCulture), date);
    }

    /// <summary>Imports the model in <paramref name="text"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new FileProblems();
        (string Name, DateOnly Date)? model = ModelOf(fileName);
        if (model is null)
        {
            problems.Add(fileName, 0, null, "The file's name does not say which model it is: name it by the month and year of the model, such as sn_may_2025.csv");
        }

        IReadOnlyList<(NeighbourModelRow Row, long Line)> rows = model is null ? [] : NeighbourModelFile.ReadWithLines(text, fileName, problems);
        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("neighbours", fileName, rows.Count, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        List<Area> areas = await db.Areas.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<int, Area> byId = areas.ToDictionary(a => a.Id);
        var localAuthorities = new Dictionary<int, Area>();
        foreach (Area area in areas.Where(a => a.Kind == AreaKinds.LocalAuthority))
        {
            localAuthorities[int.Parse(area.Code, CultureInfo.InvariantCulture)] = area;
        }

        var wanted = new List<(int AreaId, List<Neighbour> Neighbours)>();
        foreach ((NeighbourModelRow row, long line) in rows)
        {
            if (!localAuthorities.TryGetValue(row.Number, out Area? la))
            {
                problems.Add(fileName, line, "LA num", $"{row.Number} ({row.Name}) is not an LA in the store: import the list of LAs and regions first (waymark import areas)");
                continue;
            }

            if (la.RegionId is { } regionId && !RegionNames.Comparer.Equals(byId[regionId].Name, row.Region))
            {
                problems.Add(fileName, line, "GOReg", $"'{row.Region}' is not the region of {row.Number} ({row.Name}): the store has it in {byId[regionId].Name}");
            }

            var neighbours = new List<Neighbour>();
            foreach (StatisticalNeighbour n in row.Neighbours)
            {
                int position = neighbours.Count + 1;
                if (!localAuthorities.TryGetValue(n.Number, out Area? neighbour))
                {
                    problems.Add(fileName, line, $"SN{position}", $"{n.Number} is not an LA in the store: import the list of LAs and regions first (waymark import areas)");
                    continue;
                }

                neighbours.Add(new Neighbour { AreaId = la.Id, Position = position, NeighbourAreaId = neighbour.Id, Closeness = n.Closeness.Length == 0 ? null : n.Closeness });
            }

            wanted.Add((la.Id, neighbours));
        }

        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("neighbours", fileName, rows.Count, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        NeighbourModel? stored = await db.NeighbourModels.Include(m => m.Neighbours)
            .SingleOrDefaultAsync(m => m.Name == model!.Value.Name, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            stored = new NeighbourModel { Name = model!.Value.Name, ModelDate = model.Value.Date };
            db.NeighbourModels.Add(stored);
        }

        long added = 0, changed = 0;
        ILookup<int, Neighbour> existing = stored.Neighbours.ToLookup(n => n.AreaId);
        foreach ((int areaId, List<Neighbour> neighbours) in wanted)
        {
            var before = existing[areaId].ToDictionary(n => n.Position);
            if (before.Count == 0)
            {
                stored.Neighbours.AddRange(neighbours);
                added += neighbours.Count > 0 ? 1 : 0;
                continue;
            }

            bool differs = before.Count != neighbours.Count;
            foreach (Neighbour n in neighbours)
            {
                if (!before.Remove(n.Position, out Neighbour? old))
                {
                    stored.Neighbours.Add(n);
                    differs = true;
                }
                else if (old.NeighbourAreaId != n.NeighbourAreaId || old.Closeness != n.Closeness)
                {
                    (old.NeighbourAreaId, old.Closeness) = (n.NeighbourAreaId, n.Closeness);
                    differs = true;
                }
            }

            foreach (Neighbour gone in before.Values)
            {
                db.Neighbours.Remove(gone);
            }

            changed += differs ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await session.FinishAsync(new ImportReport("neighbours", fileName, rows.Count, added, changed, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex(@"(?<month>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)[ _-]*(?<year>(19|20)\d\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthAndYear();
}
