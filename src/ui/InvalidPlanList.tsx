import type { InvalidPlanFile } from './seed-plans';

interface InvalidPlanListProps {
  files: readonly InvalidPlanFile[];
}

/** Plan files that were refused, each with the problems that keep it out of the library. */
export function InvalidPlanList({ files }: InvalidPlanListProps) {
  return (
    <section className="invalid-files" aria-labelledby="invalid-files-heading">
      <h2 id="invalid-files-heading">Tệp kế hoạch không hợp lệ</h2>
      <p>Các tệp dưới đây không đọc được nên không có trong thư viện. Sửa các lỗi sau rồi tải lại trang.</p>
      <ul className="invalid-files__list">
        {files.map((f) => (
          <li key={f.file}>
            <p className="invalid-files__name">
              <code>{f.file}</code>
            </p>
            <ul className="problem-list">
              {f.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
