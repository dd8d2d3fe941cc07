// The province's digital-transformation plan and its tasks on the three pillars, after article 004
// (plan 80/KH-UBND of 20/4/2021) and article 003 (pilot models evaluated before they are replicated).
// Seen on the demo's today, 16 June 2025: some tasks done, several under way, a few overdue, one cancelled.
import type { PillarCode } from "./indicator-types";

export type TaskStatusCode = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "CANCELLED";
export type TaskReportStatusCode = "DRAFT" | "SUBMITTED" | "APPROVED";

/** Task progress is reported quarterly from 2024-Q4 on; 2025-Q2 is the open, current quarter. */
export type TaskReportQuarter = "2024-Q4" | "2025-Q1" | "2025-Q2";

export interface TaskReportSeed {
  quarter: TaskReportQuarter;
  status: TaskReportStatusCode;
  reportedStatus: TaskStatusCode;
  progress: number;
  note: string;
}

export interface TaskSeed {
  /** NV-xx within the plan; a task born of a meeting's conclusion has none. */
  code: string | null;
  title: string;
  description: string;
  kind?: "TASK" | "PILOT_MODEL";
  pillar: PillarCode;
  /** Agency codes. */
  lead: string;
  cooperating?: string[];
  localities?: string[];
  indicators?: string[];
  /** YYYY-MM-DD. */
  deadline: string;
  /** Must equal the last approved report's status and progress, when there is one. */
  status: TaskStatusCode;
  progress: number;
  /** Only for tasks finished before quarterly reports began; otherwise the approval that first said DONE dates it. */
  completedOn?: string;
  evaluation?: { verdict: "REPLICATE" | "ADJUST_AND_CONTINUE" | "STOP"; note: string; evaluatedOn: string };
  /** Oldest first. */
  reports?: TaskReportSeed[];
}

export function approved(quarter: TaskReportQuarter, progress: number, note: string): TaskReportSeed {
  return { quarter, status: "APPROVED", reportedStatus: progress === 100 ? "DONE" : "IN_PROGRESS", progress, note };
}

export function submitted(quarter: TaskReportQuarter, progress: number, note: string): TaskReportSeed {
  return { quarter, status: "SUBMITTED", reportedStatus: "IN_PROGRESS", progress, note };
}

export function draft(quarter: TaskReportQuarter, progress: number, note: string): TaskReportSeed {
  return { quarter, status: "DRAFT", reportedStatus: "IN_PROGRESS", progress, note };
}

export const PLAN = {
  number: "80/KH-UBND",
  title: "Kế hoạch thực hiện Chương trình chuyển đổi số tỉnh Minh Sơn giai đoạn 2021–2025",
  issuedOn: "2021-04-20",
  issuingBody: "Ủy ban nhân dân tỉnh Minh Sơn",
};

const GOVERNMENT_TASKS: TaskSeed[] = [
  {
    code: "NV-01", pillar: "GOV", lead: "STTTT", cooperating: ["VPUBND", "CAT"], indicators: ["GOV-09"],
    title: "Xây dựng và đưa vào vận hành Trung tâm Giám sát, điều hành thông minh (IOC) của tỉnh",
    description: "Đưa dữ liệu của Cổng dịch vụ công, hệ thống quản lý văn bản, hệ thống báo cáo và camera giám sát về một đầu mối để lãnh đạo tỉnh theo dõi, chỉ đạo, điều hành theo thời gian thực.",
    deadline: "2023-12-31", status: "DONE", progress: 100, completedOn: "2023-12-26",
  },
  {
    code: "NV-02", pillar: "GOV", lead: "STTTT", cooperating: ["VPUBND"], indicators: ["GOV-02", "GOV-01"],
    title: "Hoàn thiện hệ thống quản lý văn bản và điều hành; phát hành văn bản điện tử có ký số",
    description: "Nâng cấp hệ thống quản lý văn bản dùng chung từ tỉnh đến xã và cấp chứng thư số cho lãnh đạo các cơ quan, để hồ sơ công việc được xử lý hoàn toàn trên môi trường mạng.",
    deadline: "2025-09-30", status: "IN_PROGRESS", progress: 65,
    reports: [
      approved("2024-Q4", 50, "Hoàn thành nâng cấp hệ thống quản lý văn bản tại 18/21 sở, ngành; cấp bổ sung 240 chứng thư số cho lãnh đạo cấp phòng."),
      approved("2025-Q1", 65, "Liên thông văn bản điện tử với cả 5 huyện, thị xã, thành phố; còn 9 xã chưa ký số trên thiết bị di động, dự kiến xong trong quý III."),
    ],
  },
  {
    code: "NV-03", pillar: "GOV", lead: "VPUBND", cooperating: ["STTTT", "SNV"], indicators: ["GOV-05", "GOV-06"],
    title: "Cung cấp dịch vụ công trực tuyến toàn trình cho các thủ tục hành chính đủ điều kiện",
    description: "Tái cấu trúc quy trình, đưa các thủ tục đủ điều kiện lên Cổng dịch vụ công của tỉnh và kết nối với Cổng Dịch vụ công quốc gia.",
    deadline: "2025-12-31", status: "IN_PROGRESS", progress: 70,
    reports: [
      approved("2024-Q4", 55, "Tái cấu trúc quy trình của 112 thủ tục hành chính cấp tỉnh; 86 thủ tục đã cung cấp trực tuyến toàn trình."),
      approved("2025-Q1", 70, "Bổ sung 41 thủ tục toàn trình thuộc lĩnh vực đất đai, xây dựng; hoàn thành kết nối thanh toán với Cổng Dịch vụ công quốc gia."),
      submitted("2025-Q2", 80, "Rà soát xong danh mục thủ tục cấp huyện, cấp xã để chuẩn bị cho chính quyền địa phương hai cấp; 35 thủ tục đang chạy thử quy trình toàn trình."),
    ],
  },
  {
    code: "NV-04", pillar: "GOV", lead: "VPUBND", cooperating: ["SNV"], indicators: ["GOV-07"],
    title: "Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
    description: "Số hoá và lưu trữ điện tử kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công và bộ phận một cửa các cấp, để người dân không phải nộp lại giấy tờ đã có.",
    deadline: "2025-03-31", status: "IN_PROGRESS", progress: 80,
    reports: [
      approved("2024-Q4", 60, "Đã số hoá kết quả giải quyết tại Trung tâm Phục vụ hành chính công tỉnh; bộ phận một cửa cấp huyện mới đạt khoảng một nửa khối lượng."),
      approved("2025-Q1", 80, "Chậm so với thời hạn do hồ sơ tồn từ trước năm 2021 còn nhiều; đã thuê dịch vụ số hoá bổ sung cho 3 huyện."),
      draft("2025-Q2", 90, "Đang nghiệm thu dữ liệu số hoá hồ sơ tồn của huyện Vân Hà và huyện Đồng Lâm, dự kiến xong trong tháng 6/2025."),
    ],
  },
  {
    code: "NV-05", pillar: "GOV", lead: "SNV", cooperating: ["STTTT"], indicators: ["GOV-10"],
    title: "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức các cấp",
    description: "Mở các lớp bồi dưỡng trực tuyến và trực tiếp về kỹ năng số, an toàn thông tin, khai thác dữ liệu; kết quả là một căn cứ đánh giá cán bộ hằng năm.",
    deadline: "2025-10-31", status: "IN_PROGRESS", progress: 55,
    reports: [
      approved("2024-Q4", 35, "Mở 12 lớp bồi dưỡng kỹ năng số cho 1.150 công chức cấp tỉnh; xây dựng xong 6 bài giảng trực tuyến."),
      approved("2025-Q1", 55, "Đưa nền tảng học trực tuyến mở vào sử dụng; 2.300 lượt cán bộ cấp huyện, cấp xã hoàn thành khoá kỹ năng số cơ bản."),
      submitted("2025-Q2", 70, "Bồi dưỡng xong cho cán bộ dự kiến bố trí ở các xã, phường sau sắp xếp; đang tổ chức kiểm tra cuối khoá."),
    ],
  },
];

const ECONOMY_TASKS: TaskSeed[] = [
  {
    code: "NV-06", pillar: "ECO", lead: "SKHDT", cooperating: ["SCT"], indicators: ["ECO-03", "ECO-01"],
    title: "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
    description: "Đánh giá mức độ sẵn sàng, tư vấn và hỗ trợ doanh nghiệp nhỏ và vừa dùng các nền tảng số về quản trị, kế toán, bán hàng.",
    deadline: "2025-12-31", status: "IN_PROGRESS", progress: 55,
    reports: [
      approved("2024-Q4", 45, "Hỗ trợ 70 doanh nghiệp đánh giá mức độ sẵn sàng chuyển đổi số; tổ chức 2 hội nghị kết nối doanh nghiệp với nhà cung cấp nền tảng số."),
      approved("2025-Q1", 55, "Thêm 50 doanh nghiệp được tư vấn và dùng thử nền tảng quản trị, kế toán điện tử; đang hoàn thiện cơ chế hỗ trợ kinh phí năm 2025."),
    ],
  },
  {
    code: "NV-07", pillar: "ECO", lead: "SCT", indicators: ["ECO-05", "ECO-04"],
    title: "Đưa sản phẩm OCOP và nông sản chủ lực lên sàn thương mại điện tử",
    description: "Hướng dẫn chủ thể OCOP chụp ảnh, mô tả sản phẩm, mở gian hàng trên các sàn thương mại điện tử trong nước và gắn mã QR truy xuất nguồn gốc.",
    deadline: "2024-12-31", status: "IN_PROGRESS", progress: 85,
    reports: [
      approved("2024-Q4", 70, "Phần lớn sản phẩm OCOP từ 3 sao trở lên đã có gian hàng; sản phẩm của các hộ sản xuất nhỏ còn thiếu mã số vùng trồng."),
      approved("2025-Q1", 85, "Quá thời hạn, đề nghị gia hạn đến hết quý II/2025; đang hướng dẫn 14 chủ thể OCOP hoàn thiện hồ sơ truy xuất nguồn gốc."),
    ],
  },
  {
    code: "NV-08", pillar: "ECO", lead: "STC", cooperating: ["NHNN"], indicators: ["GOV-08", "ECO-06", "ECO-02"],
    title: "Thanh toán trực tuyến phí, lệ phí thủ tục hành chính và dịch vụ công thiết yếu",
    description: "Kết nối nền tảng thanh toán của Cổng dịch vụ công với ngân hàng, ví điện tử; mở rộng thanh toán không dùng tiền mặt cho học phí, viện phí, tiền điện, tiền nước.",
    deadline: "2025-06-30", status: "IN_PROGRESS", progress: 75,
    reports: [
      approved("2024-Q4", 50, "Kết nối thanh toán trực tuyến phí, lệ phí với 6 ngân hàng thương mại trên địa bàn; các trường trung học phổ thông thu học phí không dùng tiền mặt."),
      approved("2025-Q1", 75, "Các bệnh viện tuyến tỉnh thu viện phí bằng mã QR; đang mở rộng đến trung tâm y tế cấp huyện."),
      submitted("2025-Q2", 90, "Trung tâm y tế của cả 5 huyện, thị xã, thành phố đã thu viện phí bằng mã QR; còn hoàn thiện đối soát tự động với Kho bạc Nhà nước."),
    ],
  },
  {
    code: "NV-09", pillar: "ECO", lead: "SCT", cooperating: ["SKHDT"],
    title: "Xây dựng sàn giao dịch nông sản riêng của tỉnh",
    description: "Dừng theo kết luận của Ban Chỉ đạo tại cuộc họp ngày 05/7/2024: không đầu tư sàn riêng, chuyển sang hỗ trợ đưa sản phẩm lên các sàn thương mại điện tử đã có.",
    deadline: "2024-12-31", status: "CANCELLED", progress: 20,
  },
  {
    code: "NV-10", kind: "PILOT_MODEL", pillar: "ECO", lead: "SKHDT", cooperating: ["SCT"], localities: ["99028"], indicators: ["ECO-03", "ECO-05"],
    title: "Mô hình hợp tác xã chuyển đổi số toàn diện",
    description: "Thí điểm tại Hợp tác xã chè Phúc Lâm: quản lý vùng trồng, nhật ký sản xuất điện tử, truy xuất nguồn gốc và bán hàng trực tuyến; đánh giá trước khi nhân rộng.",
    deadline: "2025-09-30", status: "IN_PROGRESS", progress: 60,
    reports: [
      approved("2024-Q4", 40, "Hợp tác xã dùng nhật ký sản xuất điện tử cho 35 ha chè; hoàn thành tem truy xuất nguồn gốc cho 4 sản phẩm."),
      approved("2025-Q1", 60, "Mở gian hàng trên 2 sàn thương mại điện tử; doanh thu bán trực tuyến quý I chiếm khoảng 18% doanh thu của hợp tác xã."),
    ],
  },
];

const SOCIETY_TASKS: TaskSeed[] = [
  {
    code: "NV-11", pillar: "SOC", lead: "STTTT", localities: ["994", "993"], indicators: ["SOC-04", "SOC-03"],
    title: "Phủ sóng di động 4G/5G đến các thôn, tổ dân phố còn vùng lõm sóng",
    description: "Cùng các doanh nghiệp viễn thông lắp đặt trạm phát sóng tại các thôn vùng sâu, vùng xa của huyện Vân Hà và huyện Đồng Lâm.",
    deadline: "2025-03-31", status: "DONE", progress: 100,
    reports: [
      approved("2024-Q4", 80, "Đã phát sóng 11/14 trạm mới; 3 thôn của huyện Vân Hà chờ kéo điện lưới đến vị trí đặt trạm."),
      approved("2025-Q1", 100, "Hoàn thành 14/14 trạm theo kế hoạch; một thôn của huyện Vân Hà sóng chưa ổn định do địa hình, doanh nghiệp bổ sung trạm lặp."),
    ],
  },
  {
    code: "NV-12", kind: "PILOT_MODEL", pillar: "SOC", lead: "STTTT", cooperating: ["NHNN"], localities: ["99025"], indicators: ["XA-04", "XA-05", "XA-03"],
    title: "Mô hình xã nông thôn mới thông minh tại xã Tân Hoà",
    description: "Thí điểm tại xã Tân Hoà (thị xã Sơn Yên): tổ công nghệ số cộng đồng ở cả 10 thôn, truyền thanh thông minh, thanh toán không dùng tiền mặt ở chợ, sản phẩm OCOP bán trên sàn thương mại điện tử.",
    deadline: "2024-09-30", status: "DONE", progress: 100, completedOn: "2024-09-26",
    evaluation: {
      verdict: "REPLICATE", evaluatedOn: "2024-10-15",
      note: "Xã đạt 9/10 tiêu chí \"thông minh\" đã xác định; số người dân dùng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt tăng rõ. Nhân rộng ra các xã đủ điều kiện, bổ sung tiêu chí về an toàn thông tin cho người dân.",
    },
  },
  {
    code: "NV-13", pillar: "SOC", lead: "SYT", cooperating: ["CAT"], indicators: ["SOC-02", "SOC-05"],
    title: "Triển khai hồ sơ sức khoẻ điện tử và bệnh án điện tử",
    description: "Tạo lập hồ sơ sức khoẻ điện tử cho người dân, tích hợp với ứng dụng định danh điện tử; các cơ sở khám bệnh, chữa bệnh triển khai bệnh án điện tử.",
    deadline: "2025-12-31", status: "IN_PROGRESS", progress: 60,
    reports: [
      approved("2024-Q4", 45, "Bệnh viện đa khoa tỉnh chính thức dùng bệnh án điện tử; 2 bệnh viện chuyên khoa đang chạy thử."),
      approved("2025-Q1", 60, "Bệnh viện Y dược cổ truyền hoàn thành bệnh án điện tử; trung tâm y tế cấp huyện đang nâng cấp phần mềm quản lý bệnh viện."),
    ],
  },
  {
    code: "NV-14", pillar: "SOC", lead: "STTTT", cooperating: ["CAT"], indicators: ["SOC-01"],
    title: "Xây dựng ứng dụng công dân số \"Minh Sơn số\" trên thiết bị di động",
    description: "Một ứng dụng để người dân tra cứu, nộp hồ sơ dịch vụ công, phản ánh hiện trường và nhận thông báo của chính quyền; kết nối với Trung tâm IOC.",
    deadline: "2024-12-31", status: "DONE", progress: 100,
    reports: [
      approved("2024-Q4", 100, "Ứng dụng Minh Sơn số đã phát hành trên hai kho ứng dụng; phản ánh hiện trường được Trung tâm IOC chuyển xử lý đến 5 huyện, thị xã, thành phố."),
    ],
  },
  {
    code: "NV-15", pillar: "SOC", lead: "SGDDT",
    title: "Xây dựng học bạ số và sổ liên lạc điện tử cho học sinh",
    description: "Mỗi học sinh có hồ sơ học tập điện tử; nhà trường, phụ huynh và cơ quan quản lý giáo dục trao đổi qua sổ liên lạc điện tử, hướng tới hệ sinh thái số ngành giáo dục.",
    deadline: "2025-05-31", status: "IN_PROGRESS", progress: 35,
    reports: [
      approved("2024-Q4", 20, "Khảo sát xong hạ tầng của 186 trường; lựa chọn phần mềm học bạ số dùng chung cho toàn tỉnh."),
      approved("2025-Q1", 35, "Mới các trường trung học phổ thông dùng học bạ số; cấp tiểu học và trung học cơ sở chậm do giáo viên chưa có chữ ký số."),
    ],
  },
];

/** NV-01 … NV-15, by pillar. */
export const PLAN_TASKS: TaskSeed[] = [...GOVERNMENT_TASKS, ...ECONOMY_TASKS, ...SOCIETY_TASKS];
