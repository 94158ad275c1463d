// The demo lesson: built ONLY from the five things the hub's own guidance asks of members
// (issue 15). No legal text and no article numbers are quoted or invented: the lesson names
// the 2018 Cybersecurity Law and the 2021 Code of Conduct on social networks and leaves their
// content to editors, who add it from the official texts through the desk's review.
import type { CompleteLessonContent } from '../../schema/lessons';

export const DEMO_LESSON_SLUG = 'nam-viec-khi-dung-mang-xa-hoi';

export const demoLesson: CompleteLessonContent = {
  title: 'Năm việc khi dùng mạng xã hội',
  summary: 'Năm điều Lan Tỏa đề nghị mỗi hội viên ghi nhớ trước khi đăng, bình luận hay chia sẻ trên mạng.',
  body: `Lan Tỏa đề nghị mỗi hội viên ghi nhớ năm việc khi dùng mạng xã hội:

1. **Suy nghĩ thấu đáo, kiểm chứng trước khi chia sẻ.** Một tin chưa rõ nguồn, dù hấp dẫn đến đâu, cũng cần được kiểm tra trước khi bạn đưa nó đến người khác.
2. **Bình luận lịch sự, có trách nhiệm, không kích động.** Lời lẽ ôn hòa giúp người đọc lắng nghe; lời lẽ gay gắt chỉ làm câu chuyện nóng thêm.
3. **Giúp người xung quanh cùng thực hiện quy tắc ứng xử.** Nhắc nhở nhẹ nhàng người thân, bạn bè khi họ định chia sẻ một tin chưa được kiểm chứng.
4. **Lan tỏa tin tốt ở địa phương và phản bác thông tin sai, không bao giờ đăng tài liệu nội bộ.** Chia sẻ những việc tốt đã được đăng chính thức; khi gặp tin sai, dùng bài phản bác của Lan Tỏa; tài liệu nội bộ không được đưa lên mạng.
5. **Nắm vững Luật An ninh mạng năm 2018 và Bộ Quy tắc ứng xử trên mạng xã hội năm 2021.** Hãy đọc các văn bản này từ nguồn chính thức; ban biên tập sẽ bổ sung các bài học về nội dung của chúng.

Làm bài kiểm tra ngắn bên dưới để ôn lại năm việc này.`,
  questions: [
    {
      prompt: 'Bạn nhận được một tin “nóng” chưa rõ nguồn trong nhóm Zalo. Việc nên làm đầu tiên là gì?',
      correct: 1,
      options: [
        { text: 'Chia sẻ ngay để mọi người kịp biết', explanation: 'Chưa đúng: chia sẻ khi chưa kiểm chứng có thể lan truyền tin sai đến nhiều người hơn.' },
        { text: 'Kiểm chứng nguồn tin trước khi quyết định có chia sẻ hay không', explanation: 'Đúng: việc đầu tiên trong năm việc là suy nghĩ thấu đáo và kiểm chứng trước khi chia sẻ.' },
        { text: 'Bình luận phản đối thật gay gắt', explanation: 'Chưa đúng: bình luận gay gắt không giúp làm rõ sự thật và dễ gây kích động.' },
      ],
    },
    {
      prompt: 'Khi bình luận dưới một bài viết bạn không đồng tình, cách nào phù hợp?',
      correct: 2,
      options: [
        { text: 'Dùng lời lẽ mạnh để người viết phải im lặng', explanation: 'Chưa đúng: lời lẽ mạnh dễ kích động và đi ngược yêu cầu bình luận có trách nhiệm.' },
        { text: 'Kêu gọi mọi người vào bình luận thật nhiều', explanation: 'Chưa đúng: kéo đông người vào tranh cãi làm câu chuyện nóng thêm, không giúp ai hiểu rõ hơn.' },
        { text: 'Bình luận lịch sự, có trách nhiệm, không kích động', explanation: 'Đúng: đây là việc thứ hai hội viên được đề nghị thực hiện.' },
      ],
    },
    {
      prompt: 'Một người bạn định chia sẻ một tin chưa được kiểm chứng. Bạn nên làm gì?',
      correct: 0,
      options: [
        { text: 'Nhắc nhở nhẹ nhàng và giúp bạn ấy kiểm chứng trước', explanation: 'Đúng: giúp người xung quanh cùng thực hiện quy tắc ứng xử là một trong năm việc.' },
        { text: 'Không nói gì vì đó là việc riêng của bạn ấy', explanation: 'Chưa đúng: hội viên được đề nghị giúp người xung quanh cùng thực hiện quy tắc ứng xử.' },
        { text: 'Chia sẻ cùng để tin được nhiều người đọc', explanation: 'Chưa đúng: cùng chia sẻ làm tin chưa kiểm chứng lan rộng hơn.' },
      ],
    },
    {
      prompt: 'Bạn thấy một bản chụp văn bản có dòng “Tài liệu nội bộ”. Bạn nên làm gì?',
      correct: 1,
      options: [
        { text: 'Đăng lên trang cá nhân để mọi người cùng biết', explanation: 'Chưa đúng: hội viên không bao giờ đăng tài liệu nội bộ lên mạng.' },
        { text: 'Không đăng và không chia sẻ tài liệu đó lên mạng', explanation: 'Đúng: việc thứ tư nói rõ không bao giờ đăng tài liệu nội bộ.' },
        { text: 'Chỉ gửi vào một nhóm đông người nhưng “kín”', explanation: 'Chưa đúng: một nhóm kín vẫn là đưa tài liệu lên mạng, và nó có thể bị chụp lại và lan ra ngoài.' },
      ],
    },
    {
      prompt: 'Việc nào giúp lan tỏa thông tin tích cực đúng cách?',
      correct: 2,
      options: [
        { text: 'Tự viết lại tin đồn cho hấp dẫn hơn', explanation: 'Chưa đúng: tin đồn viết lại vẫn là tin chưa kiểm chứng.' },
        { text: 'Chia sẻ mọi bài có nhiều lượt thích', explanation: 'Chưa đúng: nhiều lượt thích không có nghĩa là bài viết đúng sự thật.' },
        { text: 'Chia sẻ tin tốt ở địa phương đã được đăng chính thức', explanation: 'Đúng: lan tỏa tin tốt ở địa phương là một phần của việc thứ tư.' },
      ],
    },
    {
      prompt: 'Gặp một bài viết sai sự thật đã có bài phản bác trên Lan Tỏa, bạn có thể làm gì?',
      correct: 0,
      options: [
        { text: 'Chia sẻ bài phản bác và trả lời lịch sự kèm đường dẫn', explanation: 'Đúng: phản bác thông tin sai bằng bài đã được kiểm chứng, với lời lẽ lịch sự.' },
        { text: 'Chia sẻ lại bài viết sai để mọi người cùng chê', explanation: 'Chưa đúng: chia sẻ lại bài viết sai chỉ giúp nó đến với nhiều người hơn.' },
        { text: 'Bình luận công kích người đăng bài', explanation: 'Chưa đúng: công kích cá nhân là kích động, không phải phản bác.' },
      ],
    },
    {
      prompt: 'Theo năm việc, hội viên cần nắm vững những văn bản nào?',
      correct: 1,
      options: [
        { text: 'Chỉ cần đọc nội quy của từng nhóm trên mạng', explanation: 'Chưa đúng: nội quy nhóm không thay cho luật và bộ quy tắc chung.' },
        { text: 'Luật An ninh mạng năm 2018 và Bộ Quy tắc ứng xử trên mạng xã hội năm 2021', explanation: 'Đúng: đây là hai văn bản được nêu trong việc thứ năm; hãy đọc chúng từ nguồn chính thức.' },
        { text: 'Không cần văn bản nào, chỉ cần có thiện chí', explanation: 'Chưa đúng: thiện chí là cần, nhưng hội viên còn được đề nghị nắm vững luật và bộ quy tắc.' },
      ],
    },
  ],
};
