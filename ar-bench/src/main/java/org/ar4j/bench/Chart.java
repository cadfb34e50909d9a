package org.ar4j.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Draws a PNG from JMH's JSON: for each benchmark group, each implementation's time as a ratio to
 * hand-written JDBC (or the plain driver), with JMH's 99.9% error as a bar. No dependencies: the
 * JSON is read with a few regular expressions over JMH's fixed output shape.
 */
public final class Chart {
    private Chart() {
    }

    /** A result: group (benchmark prefix + params), implementation, score, error. */
    record Row(String group, String impl, double score, double error) {
    }

    static List<Row> read(String json) {
        List<Row> rows = new ArrayList<>();
        Pattern entry = Pattern.compile("\"benchmark\"\\s*:\\s*\"([^\"]+)\"(.*?)\"primaryMetric\"\\s*:\\s*\\{\\s*"
                + "\"score\"\\s*:\\s*([0-9.Ee+-]+)\\s*,\\s*\"scoreError\"\\s*:\\s*\"?([0-9.Ee+-]+|NaN)\"?",
                Pattern.DOTALL);
        Matcher m = entry.matcher(json);
        while (m.find()) {
            String name = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
            String params = "";
            Matcher p = Pattern.compile("\"backend\"\\s*:\\s*\"(\\w+)\"").matcher(m.group(2));
            if (p.find()) {
                params = " (" + p.group(1) + ")";
            } else if (m.group(1).contains("Mongo")) {
                params = " (mongo, in-process server)";
            }
            int us = name.indexOf('_');
            String group = (us > 0 ? name.substring(0, us) : name) + params;
            String impl = us > 0 ? name.substring(us + 1) : name;
            double err = m.group(4).equals("NaN") ? 0 : Double.parseDouble(m.group(4));
            rows.add(new Row(group, impl, Double.parseDouble(m.group(3)), err));
        }
        return rows;
    }

    private static final int BAR_H = 18;
    private static final int WIDTH = 900;
    private static final int LEFT = 330;

    /** Entry point: {@code Chart results.json out.png}. */
    public static void main(String[] args) throws Exception {
        List<Row> rows = read(Files.readString(Path.of(args[0])));
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
        int barH = BAR_H;
        int height = 60;
        for (List<Row> g : groups.values()) {
            height += 28 + g.size() * (barH + 4);
        }
        int width = WIDTH;
        int left = LEFT;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, width, height);
        gr.setColor(Color.BLACK);
        gr.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        gr.drawString("Time relative to hand-written JDBC / the plain driver (lazy: the N+1 by hand); lower is faster", 10, 24);
        double maxRatio = 1;
        for (List<Row> g : groups.values()) {
            Row base = baseline(g);
            for (Row r : g) {
                maxRatio = Math.max(maxRatio, (r.score() + r.error()) / base.score());
            }
        }
        maxRatio = Math.min(maxRatio, 12);
        double scale = (width - left - 90) / maxRatio;
        int y = 50;
        gr.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (Map.Entry<String, List<Row>> e : groups.entrySet()) {
            gr.setColor(Color.BLACK);
            gr.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            gr.drawString(e.getKey(), 10, y + 14);
            gr.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            y += 22;
            Row base = baseline(e.getValue());
            for (Row r : e.getValue()) {
                bar(gr, r, base, y, scale);
                y += BAR_H + 4;
            }
            y += 6;
        }
        int x1 = left + (int) scale;
        gr.setColor(Color.GRAY);
        gr.drawLine(x1, 40, x1, height - 10);
        ImageIO.write(img, "png", new File(args[1]));
        System.out.println("wrote " + args[1] + " (" + groups.size() + " groups)");
    }

    /** One implementation's bar, its error whisker and its ratio to the group's baseline. */
    private static void bar(Graphics2D gr, Row r, Row base, int y, double scale) {
        int barH = BAR_H;
        double ratio = r.score() / base.score();
        double err = r.error() / base.score();
        int w = (int) Math.min(WIDTH - LEFT - 90, ratio * scale);
        gr.setColor(r.impl().startsWith("ar4j") ? new Color(0x2E7D32) : r.impl().startsWith("hibernate")
                ? new Color(0xC62828) : new Color(0x546E7A));
        gr.fillRect(LEFT, y, Math.max(w, 1), barH);
        gr.setColor(Color.BLACK);
        gr.setStroke(new BasicStroke(1.5f));
        int x0 = LEFT + (int) Math.max(0, (ratio - err) * scale);
        int x1 = LEFT + (int) Math.min(WIDTH - 95, (ratio + err) * scale);
        gr.drawLine(x0, y + barH / 2, x1, y + barH / 2);
        gr.drawLine(x0, y + 3, x0, y + barH - 3);
        gr.drawLine(x1, y + 3, x1, y + barH - 3);
        gr.drawString("  " + r.impl(), 20, y + 13);
        gr.drawString(String.format("%.2fx", ratio), Math.min(WIDTH - 80, LEFT + w + 8), y + 13);
    }

    private static Row baseline(List<Row> g) {
        for (Row r : g) {
            if (r.impl().startsWith("jdbc") || r.impl().equals("driver")) {
                return r;
            }
        }
        return g.get(0);
    }
}
