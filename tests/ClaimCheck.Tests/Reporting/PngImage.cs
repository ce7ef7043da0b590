using System.Buffers.Binary;
using System.IO.Compression;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// A minimal PNG decoder for screenshots: 8-bit greyscale, RGB, grey+alpha or RGBA, not interlaced (what Chromium
/// writes). Pixels come out as RGBA.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major RGBA bytes, four per pixel.</summary>
    public byte[] Rgba { get; }

    /// <summary>How many pixels are within <paramref name="tolerance"/> (per channel) of the colour <paramref name="hex"/> (<c>#rrggbb</c>).</summary>
    public int Count(string hex, int tolerance = 0)
    {
        var r = Convert.ToInt32(hex[1..3], 16);
        var g = Convert.ToInt32(hex[3..5], 16);
        var b = Convert.ToInt32(hex[5..7], 16);
        var count = 0;
        for (var i = 0; i < Rgba.Length; i += 4)
        {
            if (Math.Abs(Rgba[i] - r) <= tolerance && Math.Abs(Rgba[i + 1] - g) <= tolerance && Math.Abs(Rgba[i + 2] - b) <= tolerance)
            {
                count++;
            }
        }

        return count;
    }

    public static PngImage Decode(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        var offset = Signature.Length;
        while (offset + 8 <= png.Length)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset)));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            offset += 12 + length;

            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    var (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
                    channels = colourType switch
                    {
                        0 => 1,
                        2 => 3,
                        4 => 2,
                        6 => 4,
                        _ => throw new NotSupportedException($"PNG colour type {colourType} is not supported."),
                    };
                    if (bitDepth != 8 || interlace != 0)
                    {
                        throw new NotSupportedException($"Only 8-bit, non-interlaced PNGs are supported (bit depth {bitDepth}, interlace {interlace}).");
                    }

                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    offset = png.Length;
                    break;
            }
        }

        if (width <= 0 || height <= 0)
        {
            throw new InvalidDataException("The PNG has no IHDR chunk.");
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        zlib.ReadExactly(raw);

        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan(y * (stride + 1) + 1, stride);
            var current = pixels.AsSpan(y * stride, stride);
            var previous = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : Span<byte>.Empty;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? current[x - channels] : 0;
                int b = y > 0 ? previous[x] : 0;
                int c = x >= channels && y > 0 ? previous[x - channels] : 0;
                current[x] = (byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} on row {y}."),
                });
            }
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            var p = i * channels;
            (rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2], rgba[i * 4 + 3]) = channels switch
            {
                1 => (pixels[p], pixels[p], pixels[p], (byte)255),
                2 => (pixels[p], pixels[p], pixels[p], pixels[p + 1]),
                3 => (pixels[p], pixels[p + 1], pixels[p + 2], (byte)255),
                _ => (pixels[p], pixels[p + 1], pixels[p + 2], pixels[p + 3]),
            };
        }

        return new PngImage(width, height, rgba);
    }

    /// <summary>The PNG Paeth predictor (also used by the tests' encoder).</summary>
    internal static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
