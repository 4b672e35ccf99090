namespace Waymark.Data.Files;

/// <summary>
/// The problems found in a set of input files. Every problem is counted; the first <see cref="Limit"/> are kept
/// with their details, so a file with a million bad rows neither floods the screen nor fills the memory.
/// </summary>
public sealed class FileProblems
{
    private readonly List<FileProblem> kept = [];

    /// <summary>Collects problems, keeping the details of the first <paramref name="limit"/>.</summary>
    public FileProblems(int limit = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        Limit = limit;
    }

    /// <summary>How many problems are kept with their details.</summary>
    public int Limit { get; }

    /// <summary>How many problems were found in all.</summary>
    public long Count { get; private set; }

    /// <summary>Whether any problem was found.</summary>
    public bool Any => Count > 0;

    /// <summary>The first <see cref="Limit"/> problems, in the order they were found.</summary>
    public IReadOnlyList<FileProblem> Kept => kept;

    /// <summary>Records a problem.</summary>
    public void Add(FileProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Count++;
        if (kept.Count < Limit)
        {
            kept.Add(problem);
        }
    }

    /// <summary>Records a problem.</summary>
    public void Add(string file, long line, string? column, string message) => Add(new FileProblem(file, line, column, message));
}
