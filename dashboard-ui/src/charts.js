// The four charts, drawn with Chart.js; each is created once and updated in place when figures change.
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale,
  LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale,
  LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = "'Sarabun', 'Noto Sans Thai', 'Loma', 'Garuda', 'Tlwg Typist', sans-serif";
Chart.defaults.animation = false;

const PALETTE = ['#1f5fa8', '#e07b24', '#2e9e5b', '#c23b3b', '#7d55b8', '#8c8c8c'];

const charts = new Map();

function draw(canvas, type, labels, datasets, options) {
  const existing = charts.get(canvas.id);
  if (existing) {
    existing.data.labels = labels;
    existing.data.datasets = datasets;
    existing.update();
    return;
  }
  charts.set(canvas.id, new Chart(canvas, { type, data: { labels, datasets }, options }));
}

/** A bar chart of counts per named category. */
export function barChart(canvas, labels, counts, label) {
  draw(canvas, 'bar', labels, [{ label, data: counts, backgroundColor: PALETTE[0] }], {
    responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } },
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  });
}

/** A doughnut of counts per named category. */
export function doughnutChart(canvas, labels, counts) {
  draw(canvas, 'doughnut', labels, [{ data: counts, backgroundColor: PALETTE }], {
    responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'right' } },
  });
}

/** The trend: complaints received per month. */
export function trendChart(canvas, labels, counts, label) {
  draw(canvas, 'line', labels, [{ label, data: counts, borderColor: PALETTE[0], backgroundColor: PALETTE[0],
    tension: 0.2 }], {
    responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } },
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  });
}
