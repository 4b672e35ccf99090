namespace Waymark.Cli;

/// <summary>A progress bar drawn on standard error when it is a terminal, and nothing otherwise.</summary>
internal sealed class ProgressBar(CliContext context, string label) : IDisposable
{
    private const int Width = 30;
    private int shown = -1;

    public void Report(double fraction)
    {
        if (!context.Interactive)
        {
            return;
        }

        int percent = (int)Math.Clamp(fraction * 100, 0, 100);
        if (percent == shown)
        {
            return;
        }

        shown = percent;
        int filled = percent * Width / 100;
        context.Error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%");
    }

    public void Dispose()
    {
        if (shown >= 0)
        {
            context.Error.Write("\r" + new string(' ', label.Length + Width + 8) + "\r");
        }
    }
}
