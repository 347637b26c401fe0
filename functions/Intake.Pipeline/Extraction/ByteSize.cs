using System.Globalization;

namespace Intake.Pipeline.Extraction;

/// <summary>Sizes as people write them in messages ("62 MB", "1.5 KB", "1 byte").</summary>
internal static class ByteSize
{
    public static string Format(long bytes)
    {
        const double Kilo = 1024;
        const double Mega = Kilo * 1024;
        const double Giga = Mega * 1024;
        return bytes switch
        {
            1 => "1 byte",
            < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
            < 1024 * 1024 => Scaled(bytes / Kilo, "KB"),
            < 1024L * 1024 * 1024 => Scaled(bytes / Mega, "MB"),
            _ => Scaled(bytes / Giga, "GB"),
        };
    }

    // One decimal below 10 so a small test limit ("1.5 KB") does not round to look equal to the size.
    private static string Scaled(double value, string unit) =>
        value < 10
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(value, 1)} {unit}")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(value)} {unit}");
}
