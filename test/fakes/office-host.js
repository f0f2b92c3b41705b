/*
 * A fake Office/Excel host for the task pane in a plain browser page. It needs the fake
 * Excel bundle first (globalThis.ExcelFakeModules, see excel-fake-bundle.ts), then defines
 * the globals office.js would: Office (onReady, requirements, document settings) and
 * Excel.run, over a workbook holding a small export. Tests read window.__dunghan.
 *
 * The sample, checked by hand as of Fri 14/6/2024 (settings stored in the workbook):
 *   row 4  due Fri 07/6 17:00, still open            → Quá hạn (đang giải quyết), 5 working days late (10–14/6)
 *   row 5  due 07/6, finished Thu 06/6               → Trước hạn
 *   row 6  due 07/6, finished Tue 11/6               → Trễ hạn, 2 working days late (10, 11/6)
 *   row 7  due 07/6, finished 11/6, actual 07/6      → Trễ trên hệ thống (thực tế đúng hạn), 2 days late on the system
 *   row 8  due Mon 17/6, still open                  → Sắp đến hạn (the next working day)
 *   row 9  due Fri 28/6, still open                  → Trong hạn
 *   row 10 no due date, no period                    → Thiếu hoặc sai dữ liệu, with a problem at G10
 */
(function () {
  'use strict';
  var F = globalThis.ExcelFakeModules.fake;
  // Excel serials: 45446 = Mon 03/6/2024; 17:00 = 17/24 of a day.
  var D = function (day, hours) { return day + (hours || 0) / 24; };
  var HEAD = ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Chủ hồ sơ', 'Trạng thái', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Ngày trả kết quả thực tế', 'Đơn vị tiếp nhận'];
  var PROC = 'Đăng ký khai sinh';
  var UNIT = 'UBND xã Đắk Hà';
  var rows = [
    ['DANH SÁCH HỒ SƠ TIẾP NHẬN'],
    ['Từ ngày 03/6/2024 đến ngày 14/6/2024'],
    HEAD,
    [1, '000.00.23.H39-240603-0001', PROC, 'Nguyễn Văn An', 'Đang xử lý', D(45446, 8), D(45450, 17), '', '', UNIT],
    [2, '000.00.23.H39-240603-0002', PROC, 'Trần Thị Bình', 'Đã trả kết quả', D(45446, 9), D(45450, 17), D(45449, 10), '', UNIT],
    [3, '000.00.23.H39-240603-0003', PROC, 'Lê Minh Châu', 'Đã trả kết quả', D(45446, 10), D(45450, 17), D(45454, 9), '', UNIT],
    [4, '000.00.23.H39-240603-0004', PROC, 'Phạm Quốc Dũng', 'Đã trả kết quả', D(45446, 11), D(45450, 17), D(45454, 9), 45450, UNIT],
    [5, '000.00.23.H39-240612-0005', PROC, 'Y Blông', 'Đang xử lý', D(45455, 8), D(45460, 17), '', '', UNIT],
    [6, '000.00.23.H39-240612-0006', PROC, 'A Thuấn', 'Đang xử lý', D(45455, 9), D(45471, 17), '', '', UNIT],
    [7, '000.00.23.H39-240612-0007', PROC, 'Hờ Nin', 'Đang xử lý', D(45455, 10), '', '', '', UNIT],
  ];
  // A test may set globalThis.__dunghanSample = { sheetName, rows, settings } first (the shared pane flow).
  var sample = globalThis.__dunghanSample;
  var sheetName = sample ? sample.sheetName : 'Dữ liệu';
  var book = new F.FakeWorkbook([sheetName]);
  book.fill(sheetName, sample ? sample.rows : rows);
  book.settings.set('dunghan.settings', sample ? sample.settings : JSON.stringify({ version: 1, asOf: '2024-06-14', period: { preset: 'month15', from: '2024-05-15', to: '2024-06-14' } }));
  var excel = new F.FakeExcel(book, { limitResponses: true, apiVersion: sample && sample.apiVersion ? sample.apiVersion : '1.9' });

  var settings = {
    get: function (key) { return book.settings.has(key) ? book.settings.get(key) : null; },
    set: function (key, value) { book.settings.set(key, value); },
    remove: function (key) { book.settings.delete(key); },
    saveAsync: function (callback) { setTimeout(function () { if (callback) callback({ status: 'succeeded', value: undefined }); }, 0); },
  };
  var info = { host: 'Excel', platform: 'OfficeOnline' };
  globalThis.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      officeTheme: sample && sample.theme ? sample.theme : undefined,
      requirements: { isSetSupported: function (name, version) { return name === 'ExcelApi' && excel.supports(version); } },
      document: { settings: settings },
    },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () { if (callback) callback(info); resolve(info); }, 0);
      });
    },
  };
  globalThis.Excel = { run: excel.run };
  globalThis.__dunghan = { book: book, excel: excel, snapshot: globalThis.ExcelFakeModules.snapshot };
})();
