namespace Waymark.Data.Files;

/// <summary>Something wrong with one row or field of an input file, said so that a person can find and fix it.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Line">The line of the file (from 1) the row starts on; 0 when the problem is with the whole file.</param>
/// <param name="Column">The column's name, when the problem is with one field.</param>
/// <param name="Message">What is wrong and, where it helps, what to write instead; it quotes the value.</param>
public sealed record FileProblem(string File, long Line, string? Column, string Message)
{
    /// <summary><c>results.csv, line 12, column value: '77,4' is not a number ...</c></summary>
    public override string ToString()
    {
        string where = Line > 0 ? $"{File}, line {Line}" : File;
        return Column is null ? $"{where}: {Message}" : $"{where}, column {Column}: {Message}";
    }
}
