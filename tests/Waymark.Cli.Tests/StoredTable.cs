namespace Waymark.Cli.Tests;

/// <summary>One table's columns and rows, rows sorted.</summary>
internal sealed record StoredTable(string Name, string[] Columns, List<string[]> Rows)
{
    public int Column(string name) => Array.IndexOf(Columns, name) is >= 0 and int i ? i : throw new InvalidOperationException($"{Name} has no column {name}");

    /// <summary>The rows as lines, for comparing and for a readable failure.</summary>
    public IEnumerable<string> Lines => Rows.Select(r => string.Join(" | ", r));

    /// <summary>This table without the rows that <paramref name="leaveOut"/> picks.</summary>
    public StoredTable Without(Func<string[], bool> leaveOut) => this with { Rows = [.. Rows.Where(r => !leaveOut(r))] };
}
