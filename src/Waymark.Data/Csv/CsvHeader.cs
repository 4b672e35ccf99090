namespace Waymark.Data.Csv;

/// <summary>
/// The columns of a file by name. Names are matched without regard to case or surrounding spaces; a byte order
/// mark before the first name is ignored; columns nobody asks for are ignored.
/// </summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] names;

    /// <summary>Reads the header from the reader's current record.</summary>
    public CsvHeader(CsvReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        FieldCount = reader.FieldCount;
        names = new string[reader.FieldCount];
        for (int i = 0; i < reader.FieldCount; i++)
        {
            string name = reader.GetString(i).Trim().TrimStart('\uFEFF').Trim();
            names[i] = name;
            if (name.Length > 0)
            {
                columns.TryAdd(name, i);
            }
        }
    }

    /// <summary>
    /// The names the header gives to more than one column (compared without regard to case), each with the 1-based
    /// positions of its columns, in the order they first appear.
    /// </summary>
    public IReadOnlyList<(string Name, IReadOnlyList<int> Columns)> Repeated()
    {
        var seen = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0)
            {
                continue;
            }

            if (!seen.TryGetValue(names[i], out List<int>? positions))
            {
                seen[names[i]] = positions = [];
                order.Add(names[i]);
            }

            positions.Add(i + 1);
        }

        return [.. order.Where(n => seen[n].Count > 1).Select(n => (n, (IReadOnlyList<int>)seen[n]))];
    }

    /// <summary>How many fields the header has.</summary>
    public int FieldCount { get; }

    /// <summary>The index of column <paramref name="name"/>, or -1 when the file has no such column.</summary>
    public int IndexOf(string name) => columns.TryGetValue(name, out int i) ? i : -1;

    /// <summary>The name of the column at <paramref name="index"/> as the header writes it; empty when it has none.</summary>
    public string NameAt(int index) => names[index];

    /// <summary>The names in <paramref name="required"/> that the file lacks.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> required) => [.. required.Where(n => !columns.ContainsKey(n))];
}
