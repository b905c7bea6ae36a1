using System.Diagnostics;

namespace BuildingBot.CityBench;

/// <summary>This process's resident memory (what the operating system charges it) and the managed heap.</summary>
internal static class ProcessMemory
{
    public static long ResidentBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public static void Print(TextWriter output, string what)
    {
        using var process = Process.GetCurrentProcess();
        output.WriteLine(
            $"{what}: resident {process.WorkingSet64 / 1048576.0:F0} MB (peak {process.PeakWorkingSet64 / 1048576.0:F0} MB), " +
            $"managed heap {GC.GetTotalMemory(forceFullCollection: false) / 1048576.0:F0} MB");
    }
}
