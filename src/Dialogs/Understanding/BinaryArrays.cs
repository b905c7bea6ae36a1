using System.Runtime.InteropServices;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Arrays of plain values written as their length and their bytes as they lie in memory (the saved models are read back
/// by the build that wrote them, so the byte order is the machine's).
/// </summary>
internal static class BinaryArrays
{
    public static void Write<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    /// <exception cref="EndOfStreamException">The stream ends before the array does.</exception>
    public static T[] Read<T>(BinaryReader reader)
        where T : unmanaged
    {
        var values = new T[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
