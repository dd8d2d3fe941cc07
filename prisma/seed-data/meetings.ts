// Two past steering-committee meetings, after article 001 (the Q1/2024 review of 3 April 2024): what
// was concluded, and the tasks the conclusions became. People are fictional, like the province.
import { approved } from "./plans";
import type { TaskSeed } from "./plans";

export interface ConclusionSeed {
  text: string;
  /** Not every conclusion becomes a task: some steer tasks of the plan that already exist. */
  tasks: TaskSeed[];
}

export interface MeetingSeed {
  /** YYYY-MM-DD. */
  heldOn: string;
  title: string;
  chair: string;
  attendees: string;
  /** Numbered 1, 2, … in this order. */
  conclusions: ConclusionSeed[];
}

const CHAIR = "Đồng chí Vũ Hoàng Long, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo Chuyển đổi số tỉnh";
const PROVINCIAL_CHAIRMAN = "Đồng chí Lê Minh Khoa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh";

const FIRST_QUARTER_REVIEW: MeetingSeed = {
  heldOn: "2024-04-03",
  title: "Họp đánh giá tình hình chuyển đổi số quý I, triển khai nhiệm vụ quý II năm 2024",
  chair: CHAIR,
  attendees:
    `${PROVINCIAL_CHAIRMAN}; đồng chí Phạm Thị Thanh Hương, Phó Bí thư Tỉnh ủy; ` +
    "đồng chí Nguyễn Đức Hiển, Trưởng Ban Tuyên giáo Tỉnh ủy; các thành viên Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo Chuyển đổi số tỉnh.",
  conclusions: [
    {
      text: "Rà soát toàn bộ nhiệm vụ của Kế hoạch 80/KH-UBND để xây dựng lại kế hoạch, lộ trình và giải pháp; mỗi nhiệm vụ phải nêu rõ sản phẩm, thời hạn và tiêu chí đánh giá hoàn thành.",
      tasks: [{
        code: null, pillar: "GOV", lead: "SKHDT", cooperating: ["STTTT"],
        title: "Rà soát nhiệm vụ, xây dựng lại lộ trình thực hiện Kế hoạch 80/KH-UBND",
        description: "Tổng hợp đề xuất điều chỉnh của các sở, ngành, địa phương; trình UBND tỉnh lộ trình mới kèm danh mục sản phẩm nổi bật của từng năm.",
        deadline: "2024-06-30", status: "DONE", progress: 100, completedOn: "2024-06-27",
      }],
    },
    {
      text: "Đánh giá chi tiết mô hình thí điểm xã nông thôn mới thông minh tại xã Tân Hoà làm căn cứ nhân rộng; làm rõ nội hàm \"thông minh\" bằng bộ tiêu chí cụ thể.",
      tasks: [{
        code: null, pillar: "SOC", lead: "STTTT", cooperating: ["SKHDT"], localities: ["99025"], indicators: ["XA-04", "XA-05"],
        title: "Đánh giá mô hình xã nông thôn mới thông minh tại xã Tân Hoà, đề xuất tiêu chí nhân rộng",
        description: "Khảo sát người dân và cán bộ xã, đối chiếu số liệu trước và sau thí điểm; đề xuất bộ tiêu chí xã nông thôn mới thông minh áp dụng khi nhân rộng.",
        deadline: "2024-09-30", status: "DONE", progress: 100, completedOn: "2024-10-04",
      }],
    },
    {
      text: "Củng cố tổ công nghệ số cộng đồng ở các thôn, tổ dân phố, lấy đoàn viên thanh niên làm lực lượng nòng cốt \"cầm tay chỉ việc\" hướng dẫn người dân sử dụng nền tảng số.",
      tasks: [{
        code: null, pillar: "SOC", lead: "STTTT", cooperating: ["SNV"], localities: ["993", "994"], indicators: ["XA-04", "XA-05"],
        title: "Kiện toàn tổ công nghệ số cộng đồng và tập huấn lực lượng nòng cốt",
        description: "Ưu tiên hai huyện có tỷ lệ thôn có tổ hoạt động thấp nhất; mỗi tổ có ít nhất một đoàn viên thanh niên được tập huấn hướng dẫn dịch vụ công trực tuyến.",
        deadline: "2024-12-31", status: "DONE", progress: 100,
        reports: [
          approved("2024-Q4", 100, "UBND huyện Đồng Lâm và huyện Vân Hà đã ban hành quyết định kiện toàn tổ; 620 thành viên được tập huấn. Số tổ hoạt động thường xuyên ở huyện Vân Hà còn thấp, tiếp tục theo dõi qua báo cáo của xã."),
        ],
      }],
    },
    {
      text: "Tăng cường thanh toán trực tuyến trong giải quyết thủ tục hành chính; bảo đảm an toàn thông tin, không để người dân bị đánh cắp thông tin, lừa đảo, mất tiền trong tài khoản.",
      tasks: [],
    },
  ],
};

const SECOND_QUARTER_REVIEW: MeetingSeed = {
  heldOn: "2024-07-05",
  title: "Họp đánh giá kết quả chuyển đổi số quý II và 6 tháng đầu năm 2024",
  chair: CHAIR,
  attendees:
    `${PROVINCIAL_CHAIRMAN}; các thành viên Ban Chỉ đạo; Giám đốc các sở Thông tin và Truyền thông, ` +
    "Kế hoạch và Đầu tư, Công Thương, Tài chính, Nội vụ; Chủ tịch UBND các huyện, thị xã, thành phố.",
  conclusions: [
    {
      text: "Sau khi hoàn thành đánh giá mô hình xã nông thôn mới thông minh tại xã Tân Hoà, xây dựng kế hoạch nhân rộng mô hình ra các xã đủ điều kiện, trình UBND tỉnh phê duyệt.",
      tasks: [{
        code: null, pillar: "SOC", lead: "STTTT", cooperating: ["SKHDT"], localities: ["99028", "99034", "99052", "99064"], indicators: ["XA-04", "XA-05"],
        title: "Nhân rộng mô hình xã nông thôn mới thông minh ra 4 xã đủ điều kiện",
        description: "Áp dụng bộ tiêu chí rút ra từ thí điểm ở xã Tân Hoà cho xã Phúc Lâm, Minh Tiến, Tân Lập và Vân Tùng.",
        deadline: "2025-06-30", status: "IN_PROGRESS", progress: 60,
        reports: [
          approved("2024-Q4", 30, "UBND tỉnh đã phê duyệt kế hoạch nhân rộng; 4 xã khảo sát xong hiện trạng và thành lập tổ công tác."),
          approved("2025-Q1", 60, "Xã Phúc Lâm và xã Minh Tiến cơ bản đạt bộ tiêu chí; xã Tân Lập, xã Vân Tùng còn thiếu truyền thanh thông minh và điểm thanh toán không dùng tiền mặt tại chợ."),
        ],
      }],
    },
    {
      text: "Dừng đầu tư sàn giao dịch nông sản riêng của tỉnh; tập trung hỗ trợ hợp tác xã, chủ thể OCOP đưa sản phẩm lên các sàn thương mại điện tử đã có.",
      tasks: [],
    },
    {
      text: "Đẩy nhanh Đề án 06: làm sạch dữ liệu dân cư, kích hoạt tài khoản định danh điện tử mức độ 2; phối hợp với các ngân hàng mở rộng thanh toán không dùng tiền mặt tại chợ, trường học, bệnh viện.",
      tasks: [{
        code: null, pillar: "SOC", lead: "CAT", cooperating: ["NHNN"], indicators: ["SOC-06", "ECO-06"],
        title: "Kích hoạt tài khoản định danh điện tử mức độ 2 và mở rộng thanh toán không dùng tiền mặt theo Đề án 06",
        description: "Tổ chức các đợt cao điểm kích hoạt tài khoản định danh điện tử tại xã, phường; cùng các ngân hàng đặt điểm thanh toán bằng mã QR tại chợ, trường học, bệnh viện.",
        deadline: "2025-03-31", status: "IN_PROGRESS", progress: 75,
        reports: [
          approved("2024-Q4", 55, "Hai đợt cao điểm kích hoạt tài khoản định danh điện tử đã đến tất cả xã, phường; 42 chợ có điểm thanh toán bằng mã QR."),
          approved("2025-Q1", 75, "Chưa xong đúng hạn: người dân vùng sâu chưa có điện thoại thông minh còn nhiều; đề nghị gia hạn đến quý III/2025, huy động tổ công nghệ số cộng đồng hỗ trợ."),
        ],
      }],
    },
    {
      text: "Ban hành bộ tiêu chí đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành và địa phương, áp dụng từ kỳ đánh giá năm 2024.",
      tasks: [{
        code: null, pillar: "GOV", lead: "SNV", cooperating: ["STTTT"],
        title: "Ban hành bộ tiêu chí đánh giá mức độ chuyển đổi số của các sở, ngành và địa phương",
        description: "Bộ tiêu chí kèm hướng dẫn chấm điểm và phần mềm tự đánh giá; kết quả dùng trong đánh giá, xếp loại người đứng đầu hằng năm.",
        deadline: "2024-12-31", status: "DONE", progress: 100,
        reports: [
          approved("2024-Q4", 100, "UBND tỉnh đã ban hành bộ tiêu chí kèm hướng dẫn chấm điểm; các sở, ngành và địa phương tự đánh giá năm 2024 trên phần mềm."),
        ],
      }],
    },
  ],
};

export const MEETINGS: MeetingSeed[] = [FIRST_QUARTER_REVIEW, SECOND_QUARTER_REVIEW];
